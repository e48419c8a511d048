// One class at a time: each starts tool processes on a machine of two cores.
[assembly: DoNotParallelize]
