#include "rule_titles.h"

#include "engine_text.h"

#include <QCoreApplication>
#include <QHash>

namespace renozone::plugin {
namespace {

class RuleTitles {
    Q_DECLARE_TR_FUNCTIONS(RuleTitles)
};

}  // namespace

QString rule_title(const std::string& rule_id) {
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("within_scope"), QT_TRANSLATE_NOOP("RuleTitles", "Within or next to the renovation scope")},
        {QStringLiteral("no_building_overlap"), QT_TRANSLATE_NOOP("RuleTitles", "Not on an existing building")},
        {QStringLiteral("outside_heritage"), QT_TRANSLATE_NOOP("RuleTitles", "Outside heritage protection areas")},
        {QStringLiteral("river_buffer"), QT_TRANSLATE_NOOP("RuleTitles", "River setback")},
        {QStringLiteral("min_site_area"), QT_TRANSLATE_NOOP("RuleTitles", "Minimum site area")},
        {QStringLiteral("area_for_households"), QT_TRANSLATE_NOOP("RuleTitles", "Area for the households served")},
        {QStringLiteral("households_served"), QT_TRANSLATE_NOOP("RuleTitles", "Households served")},
        {QStringLiteral("planned_communities_served"), QT_TRANSLATE_NOOP("RuleTitles", "Planned communities served")},
        {QStringLiteral("nearest_same_type"), QT_TRANSLATE_NOOP("RuleTitles", "Nearest facility of the same type")},
    };
    const QString id = qs(rule_id);
    const auto it = titles.constFind(id);
    return it == titles.constEnd() ? id : RuleTitles::tr(*it);
}

}  // namespace renozone::plugin
