#include "core/base/gdal_errors.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace renozone {
namespace {

thread_local std::string last_error;
std::mutex sink_mutex;
WarningSink warning_sink;

void CPL_STDCALL handle_gdal_error(CPLErr level, CPLErrorNum, const char* message) {
    if (level == CE_Failure || level == CE_Fatal) {
        last_error = message ? message : "";
        return;
    }
    if (level != CE_Warning || !message) return;
    std::lock_guard lock(sink_mutex);
    if (warning_sink) warning_sink(message);
}

}  // namespace

void init_gdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(handle_gdal_error);
    });
}

void set_gdal_warning_sink(WarningSink sink) {
    std::lock_guard lock(sink_mutex);
    warning_sink = std::move(sink);
}

std::string take_last_gdal_error() {
    std::string message;
    message.swap(last_error);
    return message;
}

}  // namespace renozone
