interface C{double A{get;}string B();}abstract class F:C{protected F(string D){E=D;}public string E{get;private set;}
public abstract double A{get;}public virtual string B(){return E;}public override string ToString(){return B()+":"+A.ToString(
"0.0");}}sealed class I:F{readonly double G;public I(double H):base("square"){G=H;}public override double A{get{return G*G;}}
}class L:F{public double J;public L(double K):base("circle"){J=K;}public override double A=>Math.PI*J*J;public static L
operator+(L M,L N)=>new L(M.J+N.J);public static implicit operator double(L O)=>O.J;}struct S<P>where P:IComparable<P>{public P
Q,R;public S(P M,P N){if(M.CompareTo(N)<=0){Q=M;R=N;}else{Q=N;R=M;}}}enum W{T=0,U=2,V}delegate int X(int M,int N);event
Action<string>Y;Dictionary<string,Func<int,int>>a=new Dictionary<string,Func<int,int>>{{"double",Z=>Z*2},{"square",Z=>Z*Z},};
List<C>b=new List<C>();MyIni c=new MyIni();StringBuilder d=new StringBuilder();int e;W f=W.T;static int g;int this[int h]{
get{return h*e;}}public
 Program
(){Runtime.UpdateFrequency=UpdateFrequency.Update10;b.Add(new I(2));b.Add(new L(1)+new L(2));Y+=i=>Echo("said "+i);}
IEnumerable<int>k(int j){for(var h=0;h<=j;h+=2)yield return h;}P p<P>(IEnumerable<P>l)where P:IComparable<P>{var m=default(P);var n
=true;foreach(var o in l)if(n||o.CompareTo(m)>0){m=o;n=false;}return m;}public void
 Main
(string q,UpdateType r){e++;g+=this[2];X s=(M,N)=>M+N;var t=new S<int>(e,3);d.Clear();foreach(var v in b.OrderBy(u=>u.A))
d.Append(v.ToString()).Append(';');double w=new L(1.5);var y=k(10).Where(x=>x%4==0).Sum()+s(t.Q,t.R)+p(new[]{3,9,4});
switch(f){case W.T:f=W.U;break;case W.U:goto default;default:f=W.T;break;}MyIniParseResult z;if(!c.TryParse(Me.CustomData,out
z))Echo("ini: "+z.Error);Func<int,int>ª;if(a.TryGetValue(q,out ª))y=ª(y);try{if(q=="throw")throw new
InvalidOperationException("boom");}catch(InvalidOperationException x)when(x.Message=="boom"){Echo("caught "+x.Message);}finally{g++;}var µ=Y;if(µ
!=null)µ(nameof(y));Echo($"{d} total={y} r={w:0.0} mode={f} n={g}");}
