#include "field_aliases.h"

#include "core/vocabulary/field_titles.h"
#include "engine_text.h"

namespace renozone::plugin {

QgsFields with_chinese_aliases(QgsFields fields) {
    if (!interface_is_chinese()) return fields;
    for (int i = 0; i < fields.count(); ++i) {
        const std::string name = ss(fields.at(i).name());
        if (has_field_title(name)) fields[i].setAlias(qs(field_title(name, Lang::zh)));
    }
    return fields;
}

}  // namespace renozone::plugin
