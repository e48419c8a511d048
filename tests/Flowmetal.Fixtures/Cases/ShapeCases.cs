using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public class Animal2
{
    public virtual Animal2 Clone()
    {
        Flow.Checkpoint();
        return new Animal2();
    }

    public virtual string Kind() => "animal";

    public string Describe()
    {
        Flow.Checkpoint();
        return Kind();
    }
}

public class Dog2 : Animal2
{
    public int Barks;

    public override Dog2 Clone()
    {
        Flow.Checkpoint();
        return new Dog2 { Barks = Barks + Flow.WaitForSignal<int>("barks") };
    }

    public override string Kind() => "dog";
}

public class Puppy : Dog2
{
    public new virtual string Describe()
    {
        Flow.Checkpoint();
        return "puppy:" + base.Describe();
    }
}

/// <summary>Unusual method shapes: hundreds of locals, dozens of parameters, covariant returns, hidden slots, generic closures.</summary>
public static class ShapeCases
{
    [Case]
    public static long ThreeHundredLiveLocals()
    {
        int l0 = 0;
        int l1 = 1;
        int l2 = 2;
        int l3 = 3;
        int l4 = 4;
        int l5 = 5;
        int l6 = 6;
        int l7 = 7;
        int l8 = 8;
        int l9 = 9;
        int l10 = 10;
        int l11 = 11;
        int l12 = 12;
        int l13 = 13;
        int l14 = 14;
        int l15 = 15;
        int l16 = 16;
        int l17 = 17;
        int l18 = 18;
        int l19 = 19;
        int l20 = 20;
        int l21 = 21;
        int l22 = 22;
        int l23 = 23;
        int l24 = 24;
        int l25 = 25;
        int l26 = 26;
        int l27 = 27;
        int l28 = 28;
        int l29 = 29;
        int l30 = 30;
        int l31 = 31;
        int l32 = 32;
        int l33 = 33;
        int l34 = 34;
        int l35 = 35;
        int l36 = 36;
        int l37 = 37;
        int l38 = 38;
        int l39 = 39;
        int l40 = 40;
        int l41 = 41;
        int l42 = 42;
        int l43 = 43;
        int l44 = 44;
        int l45 = 45;
        int l46 = 46;
        int l47 = 47;
        int l48 = 48;
        int l49 = 49;
        int l50 = 50;
        int l51 = 51;
        int l52 = 52;
        int l53 = 53;
        int l54 = 54;
        int l55 = 55;
        int l56 = 56;
        int l57 = 57;
        int l58 = 58;
        int l59 = 59;
        int l60 = 60;
        int l61 = 61;
        int l62 = 62;
        int l63 = 63;
        int l64 = 64;
        int l65 = 65;
        int l66 = 66;
        int l67 = 67;
        int l68 = 68;
        int l69 = 69;
        int l70 = 70;
        int l71 = 71;
        int l72 = 72;
        int l73 = 73;
        int l74 = 74;
        int l75 = 75;
        int l76 = 76;
        int l77 = 77;
        int l78 = 78;
        int l79 = 79;
        int l80 = 80;
        int l81 = 81;
        int l82 = 82;
        int l83 = 83;
        int l84 = 84;
        int l85 = 85;
        int l86 = 86;
        int l87 = 87;
        int l88 = 88;
        int l89 = 89;
        int l90 = 90;
        int l91 = 91;
        int l92 = 92;
        int l93 = 93;
        int l94 = 94;
        int l95 = 95;
        int l96 = 96;
        int l97 = 97;
        int l98 = 98;
        int l99 = 99;
        int l100 = 100;
        int l101 = 101;
        int l102 = 102;
        int l103 = 103;
        int l104 = 104;
        int l105 = 105;
        int l106 = 106;
        int l107 = 107;
        int l108 = 108;
        int l109 = 109;
        int l110 = 110;
        int l111 = 111;
        int l112 = 112;
        int l113 = 113;
        int l114 = 114;
        int l115 = 115;
        int l116 = 116;
        int l117 = 117;
        int l118 = 118;
        int l119 = 119;
        int l120 = 120;
        int l121 = 121;
        int l122 = 122;
        int l123 = 123;
        int l124 = 124;
        int l125 = 125;
        int l126 = 126;
        int l127 = 127;
        int l128 = 128;
        int l129 = 129;
        int l130 = 130;
        int l131 = 131;
        int l132 = 132;
        int l133 = 133;
        int l134 = 134;
        int l135 = 135;
        int l136 = 136;
        int l137 = 137;
        int l138 = 138;
        int l139 = 139;
        int l140 = 140;
        int l141 = 141;
        int l142 = 142;
        int l143 = 143;
        int l144 = 144;
        int l145 = 145;
        int l146 = 146;
        int l147 = 147;
        int l148 = 148;
        int l149 = 149;
        int l150 = 150;
        int l151 = 151;
        int l152 = 152;
        int l153 = 153;
        int l154 = 154;
        int l155 = 155;
        int l156 = 156;
        int l157 = 157;
        int l158 = 158;
        int l159 = 159;
        int l160 = 160;
        int l161 = 161;
        int l162 = 162;
        int l163 = 163;
        int l164 = 164;
        int l165 = 165;
        int l166 = 166;
        int l167 = 167;
        int l168 = 168;
        int l169 = 169;
        int l170 = 170;
        int l171 = 171;
        int l172 = 172;
        int l173 = 173;
        int l174 = 174;
        int l175 = 175;
        int l176 = 176;
        int l177 = 177;
        int l178 = 178;
        int l179 = 179;
        int l180 = 180;
        int l181 = 181;
        int l182 = 182;
        int l183 = 183;
        int l184 = 184;
        int l185 = 185;
        int l186 = 186;
        int l187 = 187;
        int l188 = 188;
        int l189 = 189;
        int l190 = 190;
        int l191 = 191;
        int l192 = 192;
        int l193 = 193;
        int l194 = 194;
        int l195 = 195;
        int l196 = 196;
        int l197 = 197;
        int l198 = 198;
        int l199 = 199;
        int l200 = 200;
        int l201 = 201;
        int l202 = 202;
        int l203 = 203;
        int l204 = 204;
        int l205 = 205;
        int l206 = 206;
        int l207 = 207;
        int l208 = 208;
        int l209 = 209;
        int l210 = 210;
        int l211 = 211;
        int l212 = 212;
        int l213 = 213;
        int l214 = 214;
        int l215 = 215;
        int l216 = 216;
        int l217 = 217;
        int l218 = 218;
        int l219 = 219;
        int l220 = 220;
        int l221 = 221;
        int l222 = 222;
        int l223 = 223;
        int l224 = 224;
        int l225 = 225;
        int l226 = 226;
        int l227 = 227;
        int l228 = 228;
        int l229 = 229;
        int l230 = 230;
        int l231 = 231;
        int l232 = 232;
        int l233 = 233;
        int l234 = 234;
        int l235 = 235;
        int l236 = 236;
        int l237 = 237;
        int l238 = 238;
        int l239 = 239;
        int l240 = 240;
        int l241 = 241;
        int l242 = 242;
        int l243 = 243;
        int l244 = 244;
        int l245 = 245;
        int l246 = 246;
        int l247 = 247;
        int l248 = 248;
        int l249 = 249;
        int l250 = 250;
        int l251 = 251;
        int l252 = 252;
        int l253 = 253;
        int l254 = 254;
        int l255 = 255;
        int l256 = 256;
        int l257 = 257;
        int l258 = 258;
        int l259 = 259;
        int l260 = 260;
        int l261 = 261;
        int l262 = 262;
        int l263 = 263;
        int l264 = 264;
        int l265 = 265;
        int l266 = 266;
        int l267 = 267;
        int l268 = 268;
        int l269 = 269;
        int l270 = 270;
        int l271 = 271;
        int l272 = 272;
        int l273 = 273;
        int l274 = 274;
        int l275 = 275;
        int l276 = 276;
        int l277 = 277;
        int l278 = 278;
        int l279 = 279;
        int l280 = 280;
        int l281 = 281;
        int l282 = 282;
        int l283 = 283;
        int l284 = 284;
        int l285 = 285;
        int l286 = 286;
        int l287 = 287;
        int l288 = 288;
        int l289 = 289;
        int l290 = 290;
        int l291 = 291;
        int l292 = 292;
        int l293 = 293;
        int l294 = 294;
        int l295 = 295;
        int l296 = 296;
        int l297 = 297;
        int l298 = 298;
        int l299 = 299;
        Flow.Checkpoint();
        l0 += l1;
        l3 += l4;
        l6 += l7;
        l9 += l10;
        l12 += l13;
        l15 += l16;
        l18 += l19;
        l21 += l22;
        l24 += l25;
        l27 += l28;
        l30 += l31;
        l33 += l34;
        l36 += l37;
        l39 += l40;
        l42 += l43;
        l45 += l46;
        l48 += l49;
        l51 += l52;
        l54 += l55;
        l57 += l58;
        l60 += l61;
        l63 += l64;
        l66 += l67;
        l69 += l70;
        l72 += l73;
        l75 += l76;
        l78 += l79;
        l81 += l82;
        l84 += l85;
        l87 += l88;
        l90 += l91;
        l93 += l94;
        l96 += l97;
        l99 += l100;
        l102 += l103;
        l105 += l106;
        l108 += l109;
        l111 += l112;
        l114 += l115;
        l117 += l118;
        l120 += l121;
        l123 += l124;
        l126 += l127;
        l129 += l130;
        l132 += l133;
        l135 += l136;
        l138 += l139;
        l141 += l142;
        l144 += l145;
        l147 += l148;
        l150 += l151;
        l153 += l154;
        l156 += l157;
        l159 += l160;
        l162 += l163;
        l165 += l166;
        l168 += l169;
        l171 += l172;
        l174 += l175;
        l177 += l178;
        l180 += l181;
        l183 += l184;
        l186 += l187;
        l189 += l190;
        l192 += l193;
        l195 += l196;
        l198 += l199;
        l201 += l202;
        l204 += l205;
        l207 += l208;
        l210 += l211;
        l213 += l214;
        l216 += l217;
        l219 += l220;
        l222 += l223;
        l225 += l226;
        l228 += l229;
        l231 += l232;
        l234 += l235;
        l237 += l238;
        l240 += l241;
        l243 += l244;
        l246 += l247;
        l249 += l250;
        l252 += l253;
        l255 += l256;
        l258 += l259;
        l261 += l262;
        l264 += l265;
        l267 += l268;
        l270 += l271;
        l273 += l274;
        l276 += l277;
        l279 += l280;
        l282 += l283;
        l285 += l286;
        l288 += l289;
        l291 += l292;
        l294 += l295;
        l297 += l298;
        Flow.Checkpoint();
        long sum = 0;
        sum += l0 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9 + l10 + l11 + l12 + l13 + l14 + l15 + l16 + l17 + l18 + l19;
        sum += l20 + l21 + l22 + l23 + l24 + l25 + l26 + l27 + l28 + l29 + l30 + l31 + l32 + l33 + l34 + l35 + l36 + l37 + l38 + l39;
        sum += l40 + l41 + l42 + l43 + l44 + l45 + l46 + l47 + l48 + l49 + l50 + l51 + l52 + l53 + l54 + l55 + l56 + l57 + l58 + l59;
        sum += l60 + l61 + l62 + l63 + l64 + l65 + l66 + l67 + l68 + l69 + l70 + l71 + l72 + l73 + l74 + l75 + l76 + l77 + l78 + l79;
        sum += l80 + l81 + l82 + l83 + l84 + l85 + l86 + l87 + l88 + l89 + l90 + l91 + l92 + l93 + l94 + l95 + l96 + l97 + l98 + l99;
        sum += l100 + l101 + l102 + l103 + l104 + l105 + l106 + l107 + l108 + l109 + l110 + l111 + l112 + l113 + l114 + l115 + l116 + l117 + l118 + l119;
        sum += l120 + l121 + l122 + l123 + l124 + l125 + l126 + l127 + l128 + l129 + l130 + l131 + l132 + l133 + l134 + l135 + l136 + l137 + l138 + l139;
        sum += l140 + l141 + l142 + l143 + l144 + l145 + l146 + l147 + l148 + l149 + l150 + l151 + l152 + l153 + l154 + l155 + l156 + l157 + l158 + l159;
        sum += l160 + l161 + l162 + l163 + l164 + l165 + l166 + l167 + l168 + l169 + l170 + l171 + l172 + l173 + l174 + l175 + l176 + l177 + l178 + l179;
        sum += l180 + l181 + l182 + l183 + l184 + l185 + l186 + l187 + l188 + l189 + l190 + l191 + l192 + l193 + l194 + l195 + l196 + l197 + l198 + l199;
        sum += l200 + l201 + l202 + l203 + l204 + l205 + l206 + l207 + l208 + l209 + l210 + l211 + l212 + l213 + l214 + l215 + l216 + l217 + l218 + l219;
        sum += l220 + l221 + l222 + l223 + l224 + l225 + l226 + l227 + l228 + l229 + l230 + l231 + l232 + l233 + l234 + l235 + l236 + l237 + l238 + l239;
        sum += l240 + l241 + l242 + l243 + l244 + l245 + l246 + l247 + l248 + l249 + l250 + l251 + l252 + l253 + l254 + l255 + l256 + l257 + l258 + l259;
        sum += l260 + l261 + l262 + l263 + l264 + l265 + l266 + l267 + l268 + l269 + l270 + l271 + l272 + l273 + l274 + l275 + l276 + l277 + l278 + l279;
        sum += l280 + l281 + l282 + l283 + l284 + l285 + l286 + l287 + l288 + l289 + l290 + l291 + l292 + l293 + l294 + l295 + l296 + l297 + l298 + l299;
        return sum;
    }

    [Case]
    public static int FortyParameters() => Forty(0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63, 66, 69, 72, 75, 78, 81, 84, 87, 90, 93, 96, 99, 102, 105, 108, 111, 114, 117);

    private static int Forty(int p0, int p1, int p2, int p3, int p4, int p5, int p6, int p7, int p8, int p9, int p10, int p11, int p12, int p13, int p14, int p15, int p16, int p17, int p18, int p19, int p20, int p21, int p22, int p23, int p24, int p25, int p26, int p27, int p28, int p29, int p30, int p31, int p32, int p33, int p34, int p35, int p36, int p37, int p38, int p39)
    {
        Flow.Checkpoint();
        p0 += Flow.WaitForSignal<int>("p");
        Flow.Checkpoint();
        return p0 + p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9 + p10 + p11 + p12 + p13 + p14 + p15 + p16 + p17 + p18 + p19 + p20 + p21 + p22 + p23 + p24 + p25 + p26 + p27 + p28 + p29 + p30 + p31 + p32 + p33 + p34 + p35 + p36 + p37 + p38 + p39;
    }

    [Case]
    public static string CovariantReturnOverrides()
    {
        Animal2 a = new Dog2 { Barks = 1 };
        var copy = a.Clone();
        var dog = new Dog2 { Barks = 5 }.Clone();
        return copy.GetType().Name + ((Dog2)copy).Barks + "," + dog.Barks + "," + a.Describe();
    }

    [Case]
    public static string HiddenVirtualSlots()
    {
        var p = new Puppy();
        Animal2 asAnimal = p;
        Dog2 asDog = p;
        return p.Describe() + "|" + asAnimal.Describe() + "|" + asDog.Describe();
    }

    [Case]
    public static string GenericClosuresOverValueAndReferenceTypes()
    {
        return Capture(5) + "|" + Capture("s") + "|" + Capture(new Vec(1, 2)) + "|" + Capture<int?>(null);
    }

    private static string Capture<T>(T value)
    {
        var seen = new List<T> { value };
        Func<T, string> describe = v =>
        {
            Flow.Checkpoint();
            seen.Add(v);
            return typeof(T).Name + ":" + v + ":" + seen.Count;
        };
        var first = describe(value);
        Flow.Checkpoint();
        return first + "/" + Local(value);

        static string Local(T v)
        {
            Flow.Checkpoint();
            return "local " + v;
        }
    }

    [Case]
    public static int RecursionThroughLambdas()
    {
        Func<int, int>? down = null;
        down = n =>
        {
            if (n == 0)
            {
                return Flow.WaitForSignal<int>("bottom");
            }

            if (n % 50 == 0)
            {
                Flow.Checkpoint();
            }

            return 1 + down!(n - 1);
        };
        return down(200);
    }
}
