using System.Reflection;
using System.Runtime.CompilerServices;
using Flowmetal.Weaver.Tests.Differential;

namespace Flowmetal.Weaver.Tests.Jit;

/// <summary>
/// There is no ILVerify for woven code: invalid IL shows up only when the JIT compiles a method, which in a
/// user's flow may be long after deployment. So the JIT compiles every method of the woven fixture
/// assemblies here, each generic type and method closed once over value types and once over reference
/// types (shared generic code is a separate compilation), and any failure names the method.
/// </summary>
[TestClass]
public sealed class JitEverythingTests
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("Debug")]
    [DataRow("Release")]
    public void EveryMethodOfTheWovenFixturesCompiles(string build)
    {
        var assembly = FixtureAssemblies.Woven(build);
        var run = new JitRun(assembly);
        run.PrepareAll();

        TestContext.WriteLine(
            $"{assembly.GetName().Name}: {run.Prepared} compilations prepared ({run.WovenPrepared} of woven methods), " +
            $"{run.GenericInstantiations} generic instantiations, {run.Skipped.Count} open generics skipped (constraints not satisfiable)");
        foreach (var skipped in run.Skipped)
        {
            TestContext.WriteLine("  skipped: " + skipped);
        }

        foreach (var instantiation in run.Instantiations)
        {
            TestContext.WriteLine("  closed: " + instantiation);
        }

        if (run.Failures.Count > 0)
        {
            Assert.Fail($"{run.Failures.Count} method(s) of {assembly.GetName().Name} do not compile:\n" + string.Join("\n", run.Failures));
        }

        Assert.IsTrue(run.WovenMethods > 0, $"{assembly.GetName().Name} has no woven method: the fixture was not woven");
        Assert.AreEqual(0, run.SkippedWoven.Count, "woven generic methods left uncompiled:\n" + string.Join("\n", run.SkippedWoven));
        Assert.IsTrue(run.WovenPrepared >= run.WovenMethods, $"only {run.WovenPrepared} compilations for {run.WovenMethods} woven methods");
    }

    [TestMethod]
    public void AnInvalidBodyIsReportedByName()
    {
        // The detector itself: a method whose IL the JIT rejects must come out as a named failure.
        var run = new JitRun(typeof(JitEverythingTests).Assembly);

        run.Prepare(InvalidIl.Broken());

        Assert.AreEqual(1, run.Failures.Count, "the broken method must fail to compile");
        StringAssert.Contains(run.Failures[0], "InvalidIl::Broken");
        StringAssert.Contains(run.Failures[0], nameof(InvalidProgramException));
    }

    /// <summary>Compiles the methods of one assembly and keeps score.</summary>
    private sealed class JitRun
    {
        private readonly Assembly _assembly;
        private readonly Type[] _valueCandidates;
        private readonly Type[] _referenceCandidates;

        public JitRun(Assembly assembly)
        {
            _assembly = assembly;
            // The assembly's own types satisfy its interface and base-class constraints (T : IStep).
            var own = assembly.GetTypes()
                .Where(t => !t.IsGenericTypeDefinition && !t.IsAbstract && !t.IsInterface && !t.IsByRefLike && !t.Name.StartsWith('<'))
                .ToList();
            _valueCandidates = new[] { typeof(int), typeof(long), typeof(double), typeof(Guid), typeof(DateTime), typeof(decimal), typeof(bool) }
                .Concat(own.Where(t => t.IsValueType))
                .ToArray();
            _referenceCandidates = new[] { typeof(string), typeof(object), typeof(List<int>), typeof(Exception) }
                .Concat(own.Where(t => t.IsClass && !t.IsSubclassOf(typeof(Delegate))))
                .ToArray();
        }

        public int Prepared { get; private set; }

        public int WovenMethods { get; private set; }

        public int WovenPrepared { get; private set; }

        public int GenericInstantiations => Instantiations.Count;

        public List<string> Instantiations { get; } = new();

        public List<string> Failures { get; } = new();

        public List<string> Skipped { get; } = new();

        public List<string> SkippedWoven { get; } = new();

        public void PrepareAll()
        {
            foreach (var type in _assembly.GetTypes())
            {
                var instantiations = type.IsGenericTypeDefinition ? Close(type.GetGenericArguments(), type.MakeGenericType, Name(type)) : new[] { type };
                foreach (var definition in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
                {
                    if (IsWoven(definition))
                    {
                        WovenMethods++;
                    }

                    if (definition.IsAbstract || definition.GetMethodBody() is null)
                    {
                        continue;
                    }

                    if (type.IsGenericTypeDefinition && instantiations.Length == 0)
                    {
                        Skip(definition);
                        continue;
                    }

                    foreach (var closedType in instantiations)
                    {
                        var method = closedType == type ? definition : MethodBase.GetMethodFromHandle(definition.MethodHandle, closedType.TypeHandle)!;
                        if (method is MethodInfo { IsGenericMethodDefinition: true } generic)
                        {
                            var closedMethods = Close(generic.GetGenericArguments(), generic.MakeGenericMethod, Name(generic));
                            if (closedMethods.Length == 0)
                            {
                                Skip(definition);
                            }

                            foreach (var closed in closedMethods)
                            {
                                Prepare(closed, IsWoven(definition));
                            }
                        }
                        else
                        {
                            Prepare(method, IsWoven(definition));
                        }
                    }
                }
            }
        }

        public void Prepare(MethodBase method, bool woven = false)
        {
            try
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle);
                Prepared++;
                if (woven)
                {
                    WovenPrepared++;
                }
            }
            catch (Exception error)
            {
                Failures.Add($"{Name(method)}: {error.GetType().Name}: {error.Message}");
            }
        }

        /// <summary>
        /// Closes a generic definition once over value types and once over reference types (as far as its
        /// constraints allow); the runtime checks the constraints, so a candidate that violates one is skipped.
        /// </summary>
        private T[] Close<T>(Type[] parameters, Func<Type[], T> make, string what)
        {
            var results = new List<T>();
            foreach (var flavour in new[] { _valueCandidates, _referenceCandidates })
            {
                var found = TryClose(parameters, make, flavour, flavour) ?? TryClose(parameters, make, flavour, _valueCandidates.Concat(_referenceCandidates).ToArray());
                if (found is not null && !results.Contains(found))
                {
                    results.Add(found);
                    Instantiations.Add(what + " as " + Describe(found));
                }
            }

            return results.ToArray();
        }

        /// <summary>Tries the first parameter from <paramref name="first"/>, the others from <paramref name="rest"/>, depth first.</summary>
        private static T? TryClose<T>(Type[] parameters, Func<Type[], T> make, Type[] first, Type[] rest)
        {
            var chosen = new Type[parameters.Length];
            int attempts = 0;
            return Search(0);

            T? Search(int index)
            {
                if (index == parameters.Length)
                {
                    if (++attempts > 5000)
                    {
                        return default;
                    }

                    try
                    {
                        return make(chosen);
                    }
                    catch (ArgumentException)
                    {
                        return default;
                    }
                }

                foreach (var candidate in index == 0 ? first : rest)
                {
                    if (!Fits(parameters[index], candidate))
                    {
                        continue;
                    }

                    chosen[index] = candidate;
                    var result = Search(index + 1);
                    if (result is not null)
                    {
                        return result;
                    }

                    if (attempts > 5000)
                    {
                        break;
                    }
                }

                return default;
            }
        }

        private static bool Fits(Type parameter, Type candidate)
        {
            var attributes = parameter.GenericParameterAttributes;
            if ((attributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0 && candidate.IsValueType)
            {
                return false;
            }

            if ((attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0 && !candidate.IsValueType)
            {
                return false;
            }

            if ((attributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && !candidate.IsValueType && candidate.GetConstructor(Type.EmptyTypes) is null)
            {
                return false;
            }

            // Constraints naming other parameters (T : IComparable<T>) are left to MakeGeneric*.
            return parameter.GetGenericParameterConstraints()
                .Where(c => !c.ContainsGenericParameters)
                .All(c => c.IsAssignableFrom(candidate));
        }

        private void Skip(MethodBase definition)
        {
            Skipped.Add(Name(definition));
            if (IsWoven(definition))
            {
                SkippedWoven.Add(Name(definition));
            }
        }

        private static string Describe(object? closed) => closed switch
        {
            Type t => Name(t),
            MethodBase m => Name(m),
            _ => "?",
        };

        private static bool IsWoven(MethodBase method) =>
            method.CustomAttributes.Any(a => a.AttributeType.FullName == "Flowmetal.Execution.WovenAttribute");

        private static string Name(MethodBase method) => Name(method.DeclaringType!) + "::" + method.Name + Arguments(method);

        private static string Name(Type type) => type.ToString();

        private static string Arguments(MethodBase method) =>
            method.IsGenericMethod ? "<" + string.Join(",", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
    }

    /// <summary>A method with IL the JIT rejects: it returns an int without pushing one.</summary>
    private static class InvalidIl
    {
        public static MethodInfo Broken()
        {
            var assembly = System.Reflection.Emit.AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("InvalidIl"), System.Reflection.Emit.AssemblyBuilderAccess.RunAndCollect);
            var type = assembly.DefineDynamicModule("InvalidIl").DefineType("InvalidIl", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);
            var method = type.DefineMethod("Broken", MethodAttributes.Public | MethodAttributes.Static, typeof(int), Type.EmptyTypes);
            method.GetILGenerator().Emit(System.Reflection.Emit.OpCodes.Ret);
            return type.CreateType().GetMethod("Broken")!;
        }
    }
}
