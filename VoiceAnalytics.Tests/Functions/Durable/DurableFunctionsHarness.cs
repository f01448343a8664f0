using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using VoiceAnalytics.Functions.Functions.Analysis;

namespace VoiceAnalytics.Tests.Functions.Durable;

/// <summary>
/// The Functions app's orchestrator and activities on a real in-process Durable Task engine
/// (<see cref="DurableTaskTestHost"/>): every method of VoiceAnalytics.Functions with an orchestration or activity
/// trigger is registered under its <c>[Function]</c> name and invoked on an instance of its own class, created from
/// the app's services as the Functions worker creates it. Nothing of the workflow is re-declared here.
/// </summary>
public sealed class DurableFunctionsHarness : IAsyncDisposable
{
    private readonly DurableTaskTestHost _host;

    private DurableFunctionsHarness(DurableTaskTestHost host) => _host = host;

    public DurableTaskClient Client => _host.Client;

    /// <summary>
    /// Starts the engine on a port the OS just reported free. The test host's own default is a random port it does not
    /// check, and another test's server sometimes held it ("address already in use"); a port can still be taken between
    /// the check and the bind, so a start that loses that race is tried again on another port (at most five times).
    /// </summary>
    public static async Task<DurableFunctionsHarness> StartAsync(IServiceProvider services)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var options = new DurableTaskTestHostOptions { Port = FreePort() };
                return new(await DurableTaskTestHost.StartAsync(registry => Register(registry, services), options).ConfigureAwait(false));
            }
            catch (IOException e) when (attempt < 5 && e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task<OrchestrationMetadata> WaitAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>The triggers the Functions host would index: [Function] methods whose first parameter is an orchestration or activity trigger.</summary>
    public static IEnumerable<(string Name, MethodInfo Method, bool IsOrchestrator)> DurableFunctions() =>
        from type in typeof(AnalyzeSession).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null && method.GetParameters().Length > 0
        let trigger = method.GetParameters()[0]
        let isOrchestrator = trigger.GetCustomAttribute<OrchestrationTriggerAttribute>() is not null
        where isOrchestrator || trigger.GetCustomAttribute<ActivityTriggerAttribute>() is not null
        select (function.Name, method, isOrchestrator);

    private static void Register(DurableTaskRegistry registry, IServiceProvider services)
    {
        foreach (var (name, method, isOrchestrator) in DurableFunctions())
        {
            if (isOrchestrator)
            {
                // Typed as the host passes it: the session id (GetInput<string>() inside reads it).
                registry.AddOrchestratorFunc<string, object?>(name, async (context, _) =>
                {
                    await ((Task)method.Invoke(Create(services, method), [context])!).ConfigureAwait(true);
                    return null;
                });
            }
            else
            {
                var register = typeof(DurableFunctionsHarness).GetMethod(nameof(RegisterActivity), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(method.GetParameters()[0].ParameterType);
                register.Invoke(null, [registry, services, name, method]);
            }
        }
    }

    private static void RegisterActivity<TInput>(DurableTaskRegistry registry, IServiceProvider services, string name, MethodInfo method) =>
        registry.AddActivityFunc<TInput>(name, async (_, input) =>
        {
            try
            {
                await ((Task)method.Invoke(Create(services, method), [input, CancellationToken.None])!).ConfigureAwait(false);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw ex.InnerException;
            }
        });

    private static object Create(IServiceProvider services, MethodInfo method) =>
        ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
}
