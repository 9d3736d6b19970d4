#include "value_labels.h"

#include "error_text.h"

#include "core/vocabulary/report_labels.h"

#include <QSet>

namespace renozone::viewer {
namespace {

// The tagged GeoPackage's boolean fields (written as 0/1 integers, read back
// by QGIS as true/false); the viewer's layers may hold either.
bool is_flag_field(const QString& field) {
    static const QSet<QString> flags = {"planned",  "demonstration", "people_estimated", "floor_area_estimated", "in_planned_community",
                                        "eligible", "in_plan",       "lift_candidate",   "d_grade",              "heritage",
                                        "repaired"};
    return flags.contains(field);
}

std::optional<bool> flag_value(const QString& field, const QVariant& value) {
    if (value.typeId() == QMetaType::Bool) return value.toBool();
    if (!is_flag_field(field)) return std::nullopt;
    bool number = false;
    const int v = value.toInt(&number);
    if (!number || (v != 0 && v != 1)) return std::nullopt;
    return v == 1;
}

QString raw_text(const QVariant& value) {
    if (value.typeId() == QMetaType::Bool) return value.toBool() ? "true" : "false";
    return value.toString();
}

}  // namespace

QString value_label(const QString& field, const QVariant& value) {
    if (!value.isValid() || value.isNull()) return {};
    const Lang lang = interface_lang();
    std::string label;
    if (const auto flag = flag_value(field, value)) label = renozone::label(lang, *flag ? Label::yes : Label::no);
    else {
        const std::string raw = value.toString().toStdString();
        if (field == "use") label = use_label(lang, raw);
        else if (field == "phase") label = phase_label(lang, raw);
        else if (field == "path") label = path_label(lang, raw);
        else if (field == "type") label = facility_label(lang, raw);
        if (label.empty() || label == raw) return {};  // not a coded value the core names
    }
    const QString text = QString::fromStdString(label);
    const QString raw = raw_text(value);
    return text == raw ? text : QString("%1 (%2)").arg(text, raw);
}

}  // namespace renozone::viewer
