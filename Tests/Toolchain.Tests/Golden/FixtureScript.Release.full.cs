// Fixture script.
// 
// Two lines of instructions.
// 
A B=new A();public
 Program(){Runtime.UpdateFrequency=UpdateFrequency.Update100;}public void
 Main(string C,UpdateType D){
E.F(1);Echo("release build");B.G(Echo,"verbatim\nkeeps its indentation");}H E=new H();public class H{public int I{get;
private set;}public void F(int J){I+=J;}}
}
class A{public void G(Action<string>K,string L){K(L);}