// RedundantAirlock - airlock control for a whole ship, on several programmable blocks with failover.
// 
// Put this script on two or more programmable blocks of the same ship. Give every copy the same
// [failover] id and its own rank in Custom Data; the lowest rank that works is active, the others
// stand by and take over in rank order.
// 
// Setup and commands: see docs/ in the project (README.md for the overview).
// 
const string A="Redundant Airlock";B C;public
 Program(){C=new D(this,A);Runtime.UpdateFrequency=UpdateFrequency.
Update100;C.E("airlocks","Airlocks: none configured yet");C.F("Script started");C.G();}public void
 Save
(){}public void
 Main
(string H,UpdateType I){if((I&(UpdateType.Terminal|UpdateType.Trigger))!=0&&H.Length>0)C.F("Command \""+H+
"\": not known yet",J.K);C.G();}public enum J{L,K,M,}public interface B{void F(string N,J O=J.L);void E(string P,string Q);void R(string P)
;void G();}public class s{public const int S=40;const int T=60;const long U=300;class X{public string V,W;}struct b{
public long Y;public J Z;public string a;}string c;IMyGridProgramRuntimeInfo d;List<X>e=new List<X>();b[]f=new b[S];int[]g=new
int[T];double[]h=new double[T];int i,j,k,l,m,n;long o=-U;double p;public s(string q,IMyGridProgramRuntimeInfo r){c=q;d=r;}
public long t{get;private set;}public bool u{get;private set;}=true;public void F(string N,J O){var v=(i+j)%S;if(j==S)i=(i+1)%
S;else j++;f[v].Y=t+w(d.TimeSinceLastRun);f[v].Z=O;f[v].a=N??"";u=true;}public void E(string P,string Q){Q=Q??"";for(var
x=0;x<e.Count;x++){if(e[x].V!=P)continue;if(e[x].W!=Q){e[x].W=Q;u=true;}return;}e.Add(new X{V=P,W=Q});u=true;}public void
R(string P){for(var x=0;x<e.Count;x++){if(e[x].V==P){e.RemoveAt(x);u=true;return;}}}public void À(){t+=w(d.
TimeSinceLastRun);g[l]=d.CurrentInstructionCount;h[l]=d.LastRunTimeMs;l=(l+1)%T;if(k<T)k++;if(t-o<U)return;o=t;long y=0;var z=0;double ª
=0;for(var x=0;x<k;x++){y+=g[x];if(g[x]>z)z=g[x];ª+=h[x];}var µ=(int)(y/k);var º=Math.Round(ª/k,2);if(µ!=m||z!=n||º!=p){m
=µ;n=z;p=º;u=true;}}public void Á(){u=false;}static long w(TimeSpan Â){return(long)Math.Round(Â.TotalSeconds*60);}public
void Ë(StringBuilder Q,int Ã){Q.Clear();Q.Append(c).Append('\n');for(var x=0;x<e.Count;x++)Q.Append(e[x].W).Append('\n');Q.
Append("Runtime: ");Ä(Q,m);Q.Append(" avg / ");Ä(Q,n);Q.Append(" peak instr, ");Å(Q,p);Q.Append(" ms\n");var Æ=2+e.Count;var Ç
=Ã>0?Ã-Æ:j;if(Ç<=0||j==0)return;var È=Math.Min(Ç,j);for(var x=j-È;x<j;x++){var É=f[(i+x)%S];Ê(Q,É.Y);Q.Append(É.Z==J.M?
" ERROR ":É.Z==J.K?" WARN ":" ");Q.Append(É.a).Append('\n');}}public static void Ê(StringBuilder Q,long Ì){var Í=Ì/60;Ä(Q,(int)(Í
/3600));Q.Append(':');Î(Q,(int)(Í/60%60));Q.Append(':');Î(Q,(int)(Í%60));}public static void Ä(StringBuilder Q,int Ï){if(
Ï<0){Q.Append('-');Ï=-Ï;}var Ð=1;while(Ï/Ð>=10)Ð*=10;for(;Ð>0;Ð/=10)Q.Append((char)('0'+Ï/Ð%10));}static void Î(
StringBuilder Q,int Ï){Q.Append((char)('0'+Ï/10%10)).Append((char)('0'+Ï%10));}static void Å(StringBuilder Q,double Ï){var Ñ=(int)
Math.Round(Ï*100);Ä(Q,Ñ/100);Q.Append('.');Î(Q,Ñ%100);}}public class Ú{static StringBuilder Ò=new StringBuilder("X");
StringBuilder Ó=new StringBuilder();public Ú(IMyTextSurface Ô,IMyTerminalBlock Õ,int v){Ö=Ô;Ø=Õ;Ù=v;if(Ô.ContentType==ContentType.
NONE)Ô.ContentType=ContentType.TEXT_AND_IMAGE;}public IMyTextSurface Ö{get;private set;}public IMyTerminalBlock Ø{get;
private set;}public int Ù{get;private set;}public bool Û{get{return Ø.Closed;}}public bool Ü{get{return Ö.ContentType==
ContentType.SCRIPT;}}public int à(){var Ý=Ö.SurfaceSize;var Þ=Ö.MeasureStringInPixels(Ò,Ö.Font,Ö.FontSize).Y;if(Þ<=0)return 0;var ß
=Ý.Y*(1-2*Ö.TextPadding/100f);return Math.Max(1,(int)(ß/Þ));}public bool â(StringBuilder Q){if(á(Q,Ó))return false;Ó.
Clear().Append(Q);Ö.WriteText(Q);return true;}static bool á(StringBuilder ã,StringBuilder ä){if(ã.Length!=ä.Length)return
false;for(var x=0;x<ã.Length;x++)if(ã[x]!=ä[x])return false;return true;}}public class D:B{public const string å="console";
const long æ=600;MyGridProgram ç;string è,é="";s ê;StringBuilder ë=new StringBuilder();Ú ì;List<Ú>í=new List<Ú>();List<
IMyTerminalBlock>î=new List<IMyTerminalBlock>();List<IMyTerminalBlock>ï=new List<IMyTerminalBlock>();List<string>ð=new List<string>();
Dictionary<long,string>ñ=new Dictionary<long,string>();Func<IMyTerminalBlock,bool>ò;MyIni ó=new MyIni();long ô;bool õ=true;public
D(MyGridProgram ö,string ø){ç=ö;è=ø;ê=new s(ø,ö.Runtime);ì=new Ú(ö.Me.GetSurface(0),ö.Me,0);ò=Õ=>Õ.IsSameConstructAs(ç.Me
)&&MyIni.HasSection(Õ.CustomData,å);ù();}public bool ú{get;set;}=true;public void F(string N,J O=J.L){ê.F(N,O);}public
void E(string P,string Q){ê.E(P,Q);}public void R(string P){ê.R(P);}public void G(){ê.À();if(ê.t-ô>=æ)ù();for(var x=í.Count-
1;x>=0;x--){if(í[x].Û){ê.F("Screen of \""+í[x].Ø.CustomName+"\" is gone",J.K);í.RemoveAt(x);}}if(ê.u||õ){û(ì);é=ë.
ToString();if(ú)for(var x=0;x<í.Count;x++)û(í[x]);ê.Á();õ=false;}ç.Echo(é);}void û(Ú Ô){if(Ô.Ü){ü(Ô.Ø,"\""+Ô.Ø.CustomName+
"\" shows a sprite script: console paused there");return;}ê.Ë(ë,Ô.à());Ô.â(ë);}public void ù(){ô=ê.t;ç.GridTerminalSystem.GetBlocksOfType(î,ò);if(ý())return;ï.Clear();ð
.Clear();foreach(var Õ in î){ï.Add(Õ);ð.Add(Õ.CustomData);}í.Clear();foreach(var Õ in î)þ(Õ);õ=true;}bool ý(){if(î.Count
!=ï.Count)return false;for(var x=0;x<î.Count;x++)if(î[x]!=ï[x]||!ReferenceEquals(î[x].CustomData,ð[x])&&î[x].CustomData!=ð
[x])return false;return true;}void þ(IMyTerminalBlock Õ){MyIniParseResult ÿ;if(!ó.TryParse(Õ.CustomData,out ÿ)){ü(Õ,
"Custom Data of \""+Õ.CustomName+"\" is not valid INI ("+ÿ+"): its screen is skipped");return;}var Ā=ó.Get(å,"script").ToString();if(Ā.
Length>0&&!string.Equals(Ā,è,StringComparison.OrdinalIgnoreCase))return;var ā=Õ as IMyTextSurfaceProvider;var Ă=ā!=null?ā.
SurfaceCount:Õ is IMyTextSurface?1:0;var ă=ó.Get(å,"surface").ToString("0").Split(',');var Ą=ó.Get(å,"fontsize").ToSingle(0f);
foreach(var ą in ă){int v;if(!int.TryParse(ą.Trim(),out v)||v<0||v>=Ă){ü(Õ,"\""+Õ.CustomName+"\": [console] surface="+ą.Trim()+
" is not one of its "+Ă+" screen(s)");continue;}var Ô=ā!=null?ā.GetSurface(v):(IMyTextSurface)Õ;if(Ą>0)Ô.FontSize=Ą;í.Add(new Ú(Ô,Õ,v));}}
void ü(IMyTerminalBlock Õ,string N){string Ć;if(ñ.TryGetValue(Õ.EntityId,out Ć)&&Ć==Õ.CustomData)return;ñ[Õ.EntityId]=Õ.
CustomData;ê.F(N,J.K);}}
