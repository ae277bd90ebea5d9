// Each class starts whole hosts (all three services, Quartz, a bus); on a 2-core machine running them side by
// side starves their background consumers, so the classes here run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
