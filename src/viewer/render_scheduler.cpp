#include "render_scheduler.h"

#include <QCoreApplication>
#include <QPointer>

namespace renozone::viewer {

struct RenderScheduler::Job {
    RenderRequest request;
    std::atomic<bool> cancelled{false};
};

RenderScheduler::RenderScheduler(QObject* parent) : QObject(parent) {}

RenderScheduler::~RenderScheduler() {
    if (running_) running_->cancelled = true;
    if (thread_.joinable()) thread_.join();
}

void RenderScheduler::request(RenderRequest request) {
    pending_ = std::make_unique<RenderRequest>(std::move(request));
    if (running_) {
        running_->cancelled = true;  // job_done starts the pending request
        return;
    }
    start_pending();
}

void RenderScheduler::start_pending() {
    if (!pending_) return;
    if (thread_.joinable()) thread_.join();
    auto job = std::make_shared<Job>();
    job->request = std::move(*pending_);
    job->request.background = Qt::transparent;  // the canvas paints the white under it
    pending_.reset();
    running_ = job;
    const QPointer<RenderScheduler> self(this);
    const int interval = progress_interval_ms_;
    thread_ = std::thread([job, self, interval] {
        QElapsedTimer clock, since_partial;
        clock.start();
        since_partial.start();
        QImage image;
        RenderControl control;
        control.cancelled = [job] { return job->cancelled.load(); };
        control.checkpoint = [&] {
            if (since_partial.elapsed() < interval || job->cancelled) return;
            since_partial.restart();
            QImage copy = image.copy();
            const MapView view = job->request.view;
            QMetaObject::invokeMethod(qApp, [self, copy, view, job] {
                if (self && self->running_ == job && !job->cancelled) emit self->partial(copy, view);
            }, Qt::QueuedConnection);
        };
        const RenderStats stats = render_map(image, job->request, control);
        const double ms = clock.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(qApp, [self, job, image, ms, stats] {
            if (self) self->job_done(job, image, ms, stats.completed && !job->cancelled);
        }, Qt::QueuedConnection);
    });
}

void RenderScheduler::job_done(const std::shared_ptr<Job>& job, const QImage& image, double milliseconds, bool completed) {
    if (running_ != job) return;
    running_.reset();
    if (completed) emit finished(image, job->request.view, milliseconds);
    start_pending();
}

}  // namespace renozone::viewer
