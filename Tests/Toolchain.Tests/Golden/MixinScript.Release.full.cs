// Mixin fixture by Fixture Team.
// 
// Packed on 2026-12-01 for channel airlock.
// 
const string A="airlock";const int B=10;
    const string Banner = "Packed by Fixture Team";
    int _unusedButPreserved = 7;
    C D=new C();int E;public
 Program(){Runtime.UpdateFrequency=UpdateFrequency.Update10;D.F(A);}public void
 Save(){
Storage=E.ToString();}public void
 Main
(string G,UpdateType H){E++;if(E%B==0)Echo(Banner+" "+I(D.J));else if(G=="status")Echo(K.L(E));Echo(M(G));}string I(int N
){return N==1?"one channel":N+" channels";}static string M(string O){return O.ToUpperInvariant();}
}
static class K{public static string L(int P){return"runs: "+P;}}public class C{List<string>Q=new List<string>();public
int J{get{return Q.Count;}}public void F(string R){if(!S(R))Q.Add(R);}public bool S(string R){return Q.IndexOf(R)>=0;}