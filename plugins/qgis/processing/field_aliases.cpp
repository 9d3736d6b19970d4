#include "field_aliases.h"

#include "core/vocabulary/output_field_names.h"
#include "engine_text.h"

namespace renozone::plugin {

QgsFields with_chinese_aliases(QgsFields fields) {
    if (!interface_is_chinese()) return fields;
    for (int i = 0; i < fields.count(); ++i) {
        const std::string zh = output_field_zh(ss(fields.at(i).name()));
        if (!zh.empty()) fields[i].setAlias(qs(zh));
    }
    return fields;
}

}  // namespace renozone::plugin
