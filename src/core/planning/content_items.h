// What a renovation project can contain: the national categories basic /
// improvement / enhancement (基础类/完善类/提升类, 国办发〔2020〕23号) filled with
// the plan's own items (pipelines, lifts, roofs, elderly care …), each with the
// duty keys that tell which of the plan's responsible units owe work for it.
#pragma once

#include <string>
#include <vector>

namespace renozone {

enum class ContentCategory { basic, improvement, enhancement };
const char* category_key(ContentCategory c);   // basic, improvement, enhancement
const char* category_name(ContentCategory c);  // 基础类, 完善类, 提升类

struct ContentItem {
    std::string key;   // roof, water, lifts, elderly_care, ...
    std::string name;  // 屋面修缮, 供水管网及一户一表, ...
    ContentCategory category;
    bool pipeline;     // 综合管线: the pipeline subsidy and the pipeline units' duties apply
    std::vector<std::string> duty_keys;  // matched against Department::duty_keys
};

const std::vector<ContentItem>& content_items();
// The ways a planner may write the item: its key, its Chinese name, and each
// part of a name joined by 及 or bracketed (供水管网及一户一表: 供水管网, 一户一表).
std::vector<std::string> content_item_spellings(const ContentItem& item);
// By any spelling, as name_key compares them; nullptr when none.
const ContentItem* find_content_item(const std::string& key_or_name);
// The items nearest to what was typed, as "加装电梯 (lifts)", for "did you mean …?".
std::vector<std::string> content_items_near(const std::string& typed);

}  // namespace renozone
