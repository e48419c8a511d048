using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public sealed class Account
{
    private readonly string _owner;
    private readonly List<string> _history = new();
    private decimal _balance;

    public Account(string owner, decimal opening)
    {
        _owner = owner;
        _balance = opening;
    }

    public static int Created { get; set; }

    public decimal Balance
    {
        get
        {
            Flow.Checkpoint();
            return _balance;
        }

        set
        {
            Flow.Checkpoint();
            _history.Add("set " + value);
            _balance = value;
        }
    }

    public string Owner => _owner;

    public int this[int index]
    {
        get
        {
            Flow.Checkpoint();
            return _history[index].Length;
        }

        set
        {
            Flow.Checkpoint();
            _history[index] = new string('*', value);
        }
    }

    public void Deposit(decimal amount)
    {
        Flow.Checkpoint();
        _balance += amount;
        _history.Add("deposit " + amount);
        Trace.Log(_owner + " deposit " + amount);
    }

    public decimal Withdraw(decimal amount)
    {
        if (Approve(amount))
        {
            _balance -= amount;
            _history.Add("withdraw " + amount);
            return amount;
        }

        return 0;
    }

    private bool Approve(decimal amount)
    {
        var ok = Flow.WaitForSignal<bool>("approve " + _owner);
        Trace.Log("approve " + amount + " " + ok);
        return ok && amount <= _balance;
    }

    public string History() => string.Join(";", _history);
}

public class Node
{
    private int _visits;

    public Node? Next;

    public string Name = "";

    public int Visit()
    {
        Flow.Checkpoint();
        return ++_visits;
    }

    public int Visits => _visits;
}

public class DerivedNode : Node
{
    private int _visits = 100;

    public int OwnVisits()
    {
        Flow.Checkpoint();
        return ++_visits;
    }
}

public static class StaticState
{
    public static int Counter;

    public static string Label { get; set; } = "init";

    public static int Bump
    {
        get
        {
            Flow.Checkpoint();
            return ++Counter;
        }
    }
}

/// <summary>Instance methods, properties and indexers that suspend, objects with private and readonly state.</summary>
public static class InstanceCases
{
    [Case]
    public static string InstanceMethodsAndPrivateFields()
    {
        var a = new Account("ann", 10.50m);
        a.Deposit(5.25m);
        var got = a.Withdraw(3.75m);
        a.Deposit(Flow.WaitForSignal<decimal>("amount"));
        return a.Owner + ":" + a.History() + ":" + got;
    }

    [Case]
    public static string SuspendingPropertyGetterAndSetter()
    {
        var a = new Account("bob", 1.10m);
        a.Balance = a.Balance + 2.20m;
        a.Balance += Flow.WaitForSignal<decimal>("more");
        var b = a.Balance;
        return b + ":" + a.History();
    }

    [Case]
    public static string SuspendingIndexer()
    {
        var a = new Account("cy", 0.5m);
        a.Deposit(1.5m);
        a.Deposit(22.5m);
        a[0] = 3;
        a[1] += a[0] + Flow.WaitForSignal<int>("n");
        return a[0] + "," + a[1] + ":" + a.History();
    }

    [Case]
    public static string StaticPropertiesThatSuspend()
    {
        StaticState.Counter = 0;
        StaticState.Label = "start";
        int x = StaticState.Bump + StaticState.Bump * 10;
        StaticState.Label += StaticState.Bump;
        return x + StaticState.Label + StaticState.Counter;
    }

    [Case]
    public static string ObjectGraphWithCycleAndSharing()
    {
        var a = new Node { Name = "a" };
        var b = new Node { Name = "b", Next = a };
        a.Next = b;
        var alias = b;
        a.Visit();
        alias.Visit();
        a.Next.Next!.Visit();
        return a.Visits + "," + b.Visits + "," + ReferenceEquals(a.Next.Next, a) + "," + ReferenceEquals(alias, a.Next);
    }

    [Case]
    public static string BaseAndDerivedPrivateFieldsOfTheSameName()
    {
        var d = new DerivedNode { Name = "d" };
        d.Visit();
        d.OwnVisits();
        d.Visit();
        return d.Visits + "," + d.OwnVisits();
    }
}
