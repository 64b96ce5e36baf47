#include "serve_work_pool.h"

#include <algorithm>
#include <utility>

namespace skillfit {
namespace cli {

WorkPool::WorkPool(int workers, int queue_limit)
    : capacity_(static_cast<size_t>(std::max(workers, 1) + std::max(queue_limit, 0))) {
  for (int i = 0; i < std::max(workers, 1); ++i) workers_.emplace_back([this] { WorkLoop(); });
}

WorkPool::~WorkPool() { Stop(); }

bool WorkPool::TrySubmit(std::function<void()> job) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_ || busy_ + queue_.size() >= capacity_) return false;
    queue_.push_back(std::move(job));
  }
  ready_.notify_one();
  return true;
}

void WorkPool::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (std::thread& t : workers_) {
    if (t.joinable()) t.join();
  }
}

void WorkPool::WorkLoop() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and nothing left to run
    std::function<void()> job = std::move(queue_.front());
    queue_.pop_front();
    ++busy_;
    lock.unlock();
    job();
    lock.lock();
    --busy_;
  }
}

}  // namespace cli
}  // namespace skillfit
