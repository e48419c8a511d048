// Classes run one at a time: the multi-process tests measure nothing, but they start worker
// processes that share this machine's two cores with the in-process workers of other classes.
[assembly: DoNotParallelize]
