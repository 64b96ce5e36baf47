// The server's work pool: jobs run on its workers, a full queue refuses at once, Stop() lets
// queued jobs finish.
#include "serve_work_pool.h"

#include <atomic>
#include <future>
#include <stdexcept>

#include "doctest/doctest.h"

namespace skillfit {
namespace cli {

TEST_CASE("serve work pool: a full queue refuses the next job at once") {
  WorkPool pool(1, 1);
  std::promise<void> release;
  std::shared_future<void> gate = release.get_future().share();
  std::promise<void> started;
  REQUIRE(pool.TrySubmit([&] {
    started.set_value();
    gate.wait();
  }));
  started.get_future().wait();  // the one worker is now busy
  std::atomic<int> ran{0};
  CHECK(pool.TrySubmit([&] { ++ran; }));   // waits in the queue (limit 1)
  CHECK_FALSE(pool.TrySubmit([&] { ++ran; }));  // the queue is full: 503
  release.set_value();
  pool.Stop();
  CHECK(ran == 1);  // the queued job ran before Stop() returned; the refused one never did
  CHECK_FALSE(pool.TrySubmit([] {}));  // a stopped pool takes nothing
}

TEST_CASE("serve work pool: with no queue, only an idle worker takes a job") {
  WorkPool pool(2, 0);
  std::promise<void> release;
  std::shared_future<void> gate = release.get_future().share();
  std::atomic<int> started{0};
  for (int i = 0; i < 2; ++i) {
    REQUIRE(pool.TrySubmit([&] {
      ++started;
      gate.wait();
    }));
    while (started <= i) std::this_thread::yield();
  }
  CHECK_FALSE(pool.TrySubmit([] {}));
  release.set_value();
  pool.Stop();
  CHECK(started == 2);
}

TEST_CASE("serve work pool: RunWithin answers, refuses when full, and gives up in time") {
  WorkPool pool(1, 0);
  int out = 0;
  CHECK(RunWithin<int>(&pool, std::chrono::seconds(30), [] { return 7; }, &out) == RunOutcome::kDone);
  CHECK(out == 7);
  std::promise<void> release;
  std::shared_future<void> gate = release.get_future().share();
  // A job that does not finish in time: the caller is answered, the job runs on. The worker
  // that ran the first job may not be back in the pool yet (its future is set before it
  // returns): a refusal then drops the job unrun, so try again until the worker takes it.
  RunOutcome slow;
  while ((slow = RunWithin<int>(&pool, std::chrono::milliseconds(20), [gate] { gate.wait(); return 1; },
                                &out)) == RunOutcome::kBusy) {
    std::this_thread::yield();
  }
  CHECK(slow == RunOutcome::kTimedOut);
  // Its worker is still taken, and there is no queue: the next call is refused.
  CHECK(RunWithin<int>(&pool, std::chrono::seconds(30), [] { return 2; }, &out) == RunOutcome::kBusy);
  release.set_value();
  CHECK_THROWS_AS(
      [&] {
        // Once the worker is free again, an exception in the job reaches the caller.
        for (;;) {
          const RunOutcome r = RunWithin<int>(&pool, std::chrono::seconds(30),
                                              []() -> int { throw std::runtime_error("boom"); }, &out);
          if (r != RunOutcome::kBusy) break;
          std::this_thread::yield();
        }
      }(),
      std::runtime_error);
  pool.Stop();
}

}  // namespace cli
}  // namespace skillfit
