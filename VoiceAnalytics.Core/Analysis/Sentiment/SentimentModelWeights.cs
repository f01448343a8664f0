namespace VoiceAnalytics.Core.Analysis.Sentiment;

/// <summary>
/// Weights of <see cref="SentimentModel"/> (rows: positive, neutral, negative; columns: <see cref="SentimentFeatures.Names"/>),
/// printed by <c>dotnet run -c Release --project bench/VoiceAnalytics.Bench -- train-sentiment --l2 0.01 --train /tmp/tuneAll ../shared/data/calls ../shared/data/calls ../shared/data/calls</c>
/// (tuneAll = every corpus/calls/tune call, ca-cj, the real-speech cm-cp and the session 11 cr-cu; the dev calls listed
/// three times so that the 30 reference calls still weigh as their role against 360 tune calls; never the held-out or
/// blind calls). Retrained when bare receipts ("Great.", <see cref="Acknowledgements"/>) stopped counting as praise:
/// tune 0.794, dev 0.933 as the analyzer decides.
/// </summary>
internal static class SentimentModelWeights
{
    public static readonly double[][] Weights =
    [
        [3.632231080663977, 1.1730198412968034, 0.5691079203709288, 0.42867660569479243, 0.3520193508310737, -0.1447427745728908, 3.4520573106790335, -2.407441645363575, 1.8046134125481919, 0.932171458187864, 1.840994758539937, -0.04295171756914826, 1.1639024628765382, -1.0184872832726246, 0.1682152394947801],
        [-2.094720578119023, -0.5974826755462407, -0.34737183003263594, 0.39933510213304363, -0.7213754377463244, 1.2732111117386526, -1.8635396748708557, -0.4763824339447159, -0.12493383731475785, -0.33231766596825985, -0.2690143654723384, 0.46239442841255274, -0.12205660433721843, -0.6341117693849254, 0.0007264817085245931],
        [-1.5375105025449516, -0.5755371657505631, -0.22173609033829306, -0.828011707827836, 0.3693560869152494, -1.1284683371657624, -1.5885176358081643, 2.8838240793082863, -1.6796795752334344, -0.5998537922196047, -1.5719803930675988, -0.4194427108434056, -1.0418458585393204, 1.652599052657546, -0.1689417212033048],
    ];

    public static readonly double[] Bias = [-5.013933492255017, 3.4894018753642717, 1.5245316168907426];
}
