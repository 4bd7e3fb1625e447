// Each collection starts a whole platform (PostgreSQL, RabbitMQ, three services, gateway); two at
// once on the build machines' two shared cores slow both until time limits (start-up, stop within
// 15 s) fail. One after the other costs only the seconds of one start-up.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
