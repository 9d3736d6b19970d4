// Reads batches on the calling thread and hands them to worker threads, with
// a bounded number in flight; each batch gets its own result slot, so the
// results come back in input order whatever order the workers finish in.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace renozone {

// next(): std::optional<Batch>, nullopt at the end. make_worker(): a callable
// worker(Batch&, Result&) holding one thread's state (its GEOS context, ...).
// take(Result&&) gets each result on the calling thread, in input order, as
// soon as it and those before it are done: a whole city need not be held at once.
// With one thread everything runs on the caller, batch after batch.
template <typename Batch, typename Result, typename Next, typename MakeWorker, typename Take>
void run_batches_in_order(int threads, Next next, MakeWorker make_worker, Take take) {
    if (threads <= 1) {
        auto worker = make_worker();
        while (auto batch = next()) {
            Result result{};
            worker(*batch, result);
            take(std::move(result));
        }
        return;
    }
    struct Slot {
        Result result{};
        bool done = false;
    };
    struct Job {
        Batch batch;
        Slot* slot;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Job> queue;
    std::deque<Slot> slots;  // in input order; a slot's address stays while others come and go at the ends
    bool done = false;
    std::exception_ptr failure;
    std::mutex setup;  // workers are made one at a time: making one may read shared objects
    const std::size_t in_flight = 2 * static_cast<std::size_t>(threads);  // results held at once

    auto work = [&] {
        try {
            std::unique_lock setting_up(setup);
            auto worker = make_worker();
            setting_up.unlock();
            for (;;) {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !queue.empty() || done || failure; });
                if (failure || queue.empty()) return;
                Job job = std::move(queue.front());
                queue.pop_front();
                lock.unlock();
                changed.notify_all();
                worker(job.batch, job.slot->result);
                lock.lock();
                job.slot->done = true;
                lock.unlock();
                changed.notify_all();
            }
        } catch (...) {
            std::lock_guard lock(mutex);
            if (!failure) failure = std::current_exception();
            changed.notify_all();
        }
    };
    // Hands over the finished results at the front; with `all`, waits for every one.
    auto take_done = [&](bool all) {
        for (;;) {
            std::unique_lock lock(mutex);
            if (all) changed.wait(lock, [&] { return slots.empty() || slots.front().done || failure; });
            if (failure || slots.empty() || !slots.front().done) return;
            Result result = std::move(slots.front().result);
            slots.pop_front();
            lock.unlock();
            take(std::move(result));
        }
    };
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i) pool.emplace_back(work);
    try {
        for (;;) {
            take_done(false);
            auto batch = next();
            std::unique_lock lock(mutex);
            if (!batch || failure) break;
            // At most in_flight results at once, queued, in work or done behind a
            // slower one: one slow batch must not let the rest of the city pile up.
            while (slots.size() >= in_flight && !failure) {
                changed.wait(lock, [&] { return slots.front().done || failure; });
                lock.unlock();
                take_done(false);
                lock.lock();
            }
            if (failure) break;
            queue.push_back({std::move(*batch), &slots.emplace_back()});
            lock.unlock();
            changed.notify_all();
        }
        take_done(true);
    } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure) failure = std::current_exception();
    }
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    changed.notify_all();
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

// The same, every result kept and returned in input order.
template <typename Batch, typename Result, typename Next, typename MakeWorker>
std::deque<Result> run_batches(int threads, Next next, MakeWorker make_worker) {
    std::deque<Result> results;
    run_batches_in_order<Batch, Result>(threads, next, make_worker, [&](Result&& r) { results.push_back(std::move(r)); });
    return results;
}

// Index ranges [begin, end) of at most `chunk` covering [0, n), in order: a
// `next` for run_batches over the elements of a vector.
class IndexRanges {
public:
    using Range = std::pair<std::size_t, std::size_t>;
    IndexRanges(std::size_t n, std::size_t chunk) : n_(n), chunk_(std::max<std::size_t>(chunk, 1)) {}
    std::optional<Range> operator()() {
        if (next_ >= n_) return std::nullopt;
        const std::size_t begin = next_;
        next_ = std::min(n_, begin + chunk_);
        return Range{begin, next_};
    }
    std::size_t size() const { return n_; }

private:
    std::size_t n_, chunk_, next_ = 0;
};

}  // namespace renozone
