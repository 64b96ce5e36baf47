// The worker threads of `skillfit serve`: as many as the cores, each running one engine call
// at a time, and a bounded queue in front of them. A request that finds the queue full is
// answered 503 at once instead of waiting behind everyone else.
//
//   skillfit::cli::WorkPool pool(/*workers=*/4, /*queue_limit=*/16);
//   Reply reply;
//   switch (RunWithin<Reply>(&pool, std::chrono::seconds(30), [] { return Work(); }, &reply)) {
//     case RunOutcome::kDone: return reply;
//     default: return Busy();  // 503: the queue was full, or no answer in time
//   }
#ifndef SKILLFIT_CLI_SERVE_WORK_POOL_H_
#define SKILLFIT_CLI_SERVE_WORK_POOL_H_

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace skillfit {
namespace cli {

class WorkPool {
 public:
  // Starts `workers` threads (at least 1). At most `queue_limit` jobs wait for a thread.
  WorkPool(int workers, int queue_limit);
  ~WorkPool();  // Stop()
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  // Queues `job` for the next free worker. False, and `job` is dropped, when every worker is
  // busy and `queue_limit` jobs are already waiting, or the pool is stopping.
  bool TrySubmit(std::function<void()> job);

  // Lets the running and the queued jobs finish, then joins the workers. Idempotent.
  void Stop();

 private:
  void WorkLoop();

  const size_t capacity_;  // workers + queue_limit: jobs running or waiting at most
  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  size_t busy_ = 0;  // workers running a job; busy_ + queue_.size() <= workers + queue_limit_
  std::vector<std::thread> workers_;
};

enum class RunOutcome { kDone, kBusy, kTimedOut };

// Runs `work` on `pool` and waits up to `timeout` for its result, which goes to `*out`.
// kBusy when the pool refused it (full or stopping); kTimedOut when no result came in time:
// the job then runs on to its end (an engine call cannot be interrupted) and its result is
// dropped, its worker staying taken until then, so the pool's limits still hold. An
// exception `work` throws is thrown here.
template <typename T>
RunOutcome RunWithin(WorkPool* pool, std::chrono::milliseconds timeout, std::function<T()> work,
                     T* out) {
  auto task = std::make_shared<std::packaged_task<T()>>(std::move(work));
  std::future<T> result = task->get_future();
  if (!pool->TrySubmit([task] { (*task)(); })) return RunOutcome::kBusy;
  if (result.wait_for(timeout) != std::future_status::ready) return RunOutcome::kTimedOut;
  *out = result.get();
  return RunOutcome::kDone;
}

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_SERVE_WORK_POOL_H_
