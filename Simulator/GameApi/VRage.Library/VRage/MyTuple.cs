using System.Runtime.InteropServices;

namespace VRage
{
    // The game's tuple: a mutable struct with public fields, allowed as an IGC payload (1-6 items).
    [StructLayout(LayoutKind.Auto)]
    public struct MyTuple<T1>
    {
        public T1 Item1;
        public MyTuple(T1 item1) { Item1 = item1; }
    }

    [StructLayout(LayoutKind.Auto)]
    public struct MyTuple<T1, T2>
    {
        public T1 Item1;
        public T2 Item2;
        public MyTuple(T1 item1, T2 item2) { Item1 = item1; Item2 = item2; }
    }

    [StructLayout(LayoutKind.Auto)]
    public struct MyTuple<T1, T2, T3>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public MyTuple(T1 item1, T2 item2, T3 item3) { Item1 = item1; Item2 = item2; Item3 = item3; }
    }

    [StructLayout(LayoutKind.Auto)]
    public struct MyTuple<T1, T2, T3, T4>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public MyTuple(T1 item1, T2 item2, T3 item3, T4 item4) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; }
    }

    [StructLayout(LayoutKind.Auto)]
    public struct MyTuple<T1, T2, T3, T4, T5>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public MyTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; }
    }

    [StructLayout(LayoutKind.Auto)]
    public struct MyTuple<T1, T2, T3, T4, T5, T6>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public MyTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; Item6 = item6; }
    }

    public static class MyTuple
    {
        public static MyTuple<T1> Create<T1>(T1 a) => new MyTuple<T1>(a);
        public static MyTuple<T1, T2> Create<T1, T2>(T1 a, T2 b) => new MyTuple<T1, T2>(a, b);
        public static MyTuple<T1, T2, T3> Create<T1, T2, T3>(T1 a, T2 b, T3 c) => new MyTuple<T1, T2, T3>(a, b, c);
        public static MyTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 a, T2 b, T3 c, T4 d) => new MyTuple<T1, T2, T3, T4>(a, b, c, d);
        public static MyTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 a, T2 b, T3 c, T4 d, T5 e) => new MyTuple<T1, T2, T3, T4, T5>(a, b, c, d, e);
        public static MyTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 a, T2 b, T3 c, T4 d, T5 e, T6 f) => new MyTuple<T1, T2, T3, T4, T5, T6>(a, b, c, d, e, f);
    }
}
