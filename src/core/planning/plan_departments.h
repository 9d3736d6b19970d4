// The plan's division of duties (五、职责分工): the 13 responsible units, what
// each is responsible for, and the renovation paths. Facts from the plan.
#pragma once

#include <string>
#include <vector>

namespace renozone {

struct Department {
    int number;                         // (一) … (十三) in the plan
    std::string name;                   // as the plan names it
    std::vector<std::string> members;   // for grouped units: each operator by name
    std::vector<std::string> duty_keys; // work items this unit owes something for
    std::string duties;                 // the plan's words, shortened
};

const std::vector<Department>& plan_departments();
// Exact name, a member's name, or the number 1–13; nullptr when none.
const Department* find_department(const std::string& name_or_number);

const std::vector<std::string>& renovation_paths();  // 综合改造, 管理提升, 自建联建
// Canonical path for Chinese or English (comprehensive/management/self_build); "" when unknown.
std::string normalise_path(const std::string& text);

}  // namespace renozone
