// One platform for all browser tests (a collection fixture); the tests share it one after the other.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
