// Renders map frames on a worker thread so the window never waits for the
// map: a new request cancels the running one; partial images arrive every
// few hundred milliseconds (progressive refresh), then the finished frame.
#pragma once

#include "map_renderer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace renozone::viewer {

class RenderScheduler : public QObject {
    Q_OBJECT
public:
    explicit RenderScheduler(QObject* parent = nullptr);
    ~RenderScheduler() override;

    // Cancels whatever is running and renders this instead.
    void request(RenderRequest request);
    bool busy() const { return running_ != nullptr; }
    void set_progress_interval_ms(int ms) { progress_interval_ms_ = ms; }

signals:
    void partial(const QImage& image, const renozone::viewer::MapView& view);
    void finished(const QImage& image, const renozone::viewer::MapView& view, double milliseconds);

private:
    struct Job;
    void start_pending();
    void job_done(const std::shared_ptr<Job>& job, const QImage& image, double milliseconds, bool completed);

    std::shared_ptr<Job> running_;
    std::unique_ptr<RenderRequest> pending_;
    std::thread thread_;
    int progress_interval_ms_ = 250;
};

}  // namespace renozone::viewer
