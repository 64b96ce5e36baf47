// jemalloc's settings for this binary. jemalloc reads the string `malloc_conf` when it
// starts, before main; MALLOC_CONF in the environment still overrides any of them.
//
// thp:always  jemalloc marks its heap for transparent huge pages (madvise MADV_HUGEPAGE,
//             honoured where /sys/kernel/mm/transparent_hugepage/enabled says `always` or
//             `madvise`), so one page fault maps 2 MB of heap instead of 4 KB. A short run
//             touches a few MB of fresh heap, and on a virtual machine each small page's
//             first touch costs more than the work done in it: a warm `match` took about
//             1,200 faults, 800 of them the heap's.
// narenas:1   one arena for every thread, each thread keeping its own cache in front of it
//             (what `rank` gains from jemalloc). With an arena per thread, each would hold
//             a huge page of its own, mostly empty in a short run: peak memory of a warm
//             `match` 14 MB with small pages, 21 MB with huge pages and the default
//             arenas, 18 MB with one.
#ifdef SKILLFIT_JEMALLOC
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,narenas:1";
}
#endif
