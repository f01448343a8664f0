using Microsoft.Extensions.AI;

namespace VoiceAnalytics.Core.Analysis.Llm;

/// <summary>An <see cref="IChatClient"/> per deployment.</summary>
public interface ILlmChatClients
{
    IChatClient For(string deployment);
}
