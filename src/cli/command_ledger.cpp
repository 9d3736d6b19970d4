#include "command_ledger.h"

#include "analysis_run.h"
#include "core/base/atomic_file.h"
#include "core/base/china_time.h"
#include "core/base/text_utils.h"
#include "core/output/xlsx_workbook.h"
#include "core/planning/ledger_actions.h"
#include "core/planning/monthly_progress.h"
#include "core/planning/project_store.h"
#include "core/report/ledger_report.h"
#include "core/report/progress_report.h"
#include "core/report/table_workbook.h"
#include "ledger_options.h"
#include "output_options.h"

#include <iostream>

namespace renozone::cli {
namespace {

struct ChangeOptions {
    InputOptions inputs;
    LedgerOptions ledger;
    long long id = 0;
};

void print_saved(const std::string& verb, const LedgerRecord& r, std::size_t duties) {
    std::cout << verb << " ledger project " << r.id << " " << r.name << ": " << r.scale.buildings << " buildings, "
              << format_number(r.scale.floor_area_m2, 0) << " m², " << r.scale.households << " households; " << duties
              << " duty lines\n";
}

void add_change_commands(CLI::App& ledger, Terminal& terminal) {
    auto add = std::make_shared<ChangeOptions>();
    auto* add_cmd = ledger.add_subcommand("add", "add a project: scope, content, money, progress, lead department");
    add_input_options(*add_cmd, add->inputs);
    add_ledger_options(*add_cmd, add->ledger);
    add_cmd->callback([add, &terminal] {
        const LedgerRecord record = new_ledger_record(add->ledger.change());
        const auto district = load_district(add->inputs, terminal);
        const LedgerRecord saved = add_ledger_project(add->ledger.project, *district, record);
        print_saved("added", saved, ProjectStore(add->ledger.project).duties(saved.id).size());
    });

    auto update = std::make_shared<ChangeOptions>();
    auto* update_cmd = ledger.add_subcommand("update", "change a project's fields; scale, subsidies and duties are measured again");
    update_cmd->add_option("--id", update->id, "ledger project id")->required();
    add_input_options(*update_cmd, update->inputs);
    add_ledger_options(*update_cmd, update->ledger);
    update_cmd->callback([update, &terminal] {
        const LedgerRecord record = changed_ledger_record(update->ledger.project, update->id, update->ledger.change());
        const auto district = load_district(update->inputs, terminal);
        const LedgerRecord saved = update_ledger_project(update->ledger.project, *district, record);
        print_saved("updated", saved, ProjectStore(update->ledger.project).duties(saved.id).size());
    });
}

void add_progress_command(CLI::App& ledger) {
    struct ProgressOptions {
        std::string project;
        std::string month;
        OutputOptions output;
        std::string html;
    };
    auto o = std::make_shared<ProgressOptions>();
    auto* cmd = ledger.add_subcommand("progress", "monthly progress (月度进度): each project at the end of a month and its change "
                                                  "since the month before, from the ledger's history");
    cmd->add_option("--project", o->project, "project GeoPackage")->required();
    cmd->add_option("--month", o->month, "YYYY-MM, in China Standard Time (default: this month so far)");
    add_output_options(*cmd, o->output);
    cmd->get_option("--output")->description("write to this file instead of standard output; FILE.xlsx: an Excel workbook");
    cmd->add_option("--html", o->html, "also write one self-contained HTML page to FILE");
    cmd->callback([o] {
        const ChinaDate today = china_today();
        Month month{today.year, today.month};
        if (!o->month.empty()) {
            const auto given = parse_month(o->month);
            if (!given) throw UsageError("--month: '" + o->month + "' is not a month YYYY-MM (e.g. 2024-06)");
            month = *given;
        }
        ProjectStore store(o->project);
        const MonthlyProgress progress = monthly_progress(store.ledger(), store.ledger_history(), month);
        if (!o->html.empty()) write_text_file(o->html, monthly_progress_html(progress, o->project), o->output.overwrite);
        if (is_xlsx_path(o->output.output))
            return write_table_workbook(o->output.output, "月度进度 " + month.text(), monthly_progress_table(progress, true),
                                        Lang::zh, o->output.overwrite);
        if (o->output.format == "json") o->output.emit(monthly_progress_json(progress).dump(2) + "\n");
        else if (o->output.format == "csv") o->output.emit(render_csv(monthly_progress_table(progress, true)));
        else o->output.emit(monthly_progress_text(progress));
    });
}

void add_read_commands(CLI::App& ledger) {
    struct ReadOptions {
        std::string project;
        OutputOptions output;
        std::optional<long long> id;
    };
    auto list = std::make_shared<ReadOptions>();
    auto* list_cmd = ledger.add_subcommand("list", "the project ledger (一个项目一个台账)");
    list_cmd->add_option("--project", list->project, "project GeoPackage")->required();
    add_output_options(*list_cmd, list->output);
    list_cmd->callback([list] {
        const auto records = ProjectStore(list->project).ledger();
        if (list->output.format == "json") list->output.emit(ledger_json(records).dump(2) + "\n");
        else if (list->output.format == "csv") list->output.emit(render_csv(ledger_table(records, true)));
        else list->output.emit(render_text(ledger_summary_table(records)));
    });

    auto exported = std::make_shared<ReadOptions>();
    auto* export_cmd = ledger.add_subcommand("export", "the whole ledger as CSV (or FILE.xlsx: an Excel workbook), every column");
    export_cmd->add_option("--project", exported->project, "project GeoPackage")->required();
    export_cmd->add_option("-o,--output", exported->output.output, "CSV file, or FILE.xlsx")->required();
    export_cmd->add_flag("--overwrite", exported->output.overwrite, "replace the file if it exists");
    export_cmd->callback([exported] {
        const auto records = ProjectStore(exported->project).ledger();
        if (is_xlsx_path(exported->output.output))
            write_table_workbook(exported->output.output, "项目台账", ledger_table(records, true), Lang::zh, exported->output.overwrite);
        else
            exported->output.emit(render_csv(ledger_table(records, true)));
        std::cout << "exported " << records.size() << " ledger project(s) to " << exported->output.output << "\n";
    });

    auto history = std::make_shared<ReadOptions>();
    auto* history_cmd = ledger.add_subcommand("history", "every change of one project's record: who, when, each field before and after");
    history_cmd->add_option("--project", history->project, "project GeoPackage")->required();
    history_cmd->add_option("--id", history->id, "ledger project id")->required();
    add_output_options(*history_cmd, history->output);
    history_cmd->callback([history] {
        ProjectStore store(history->project);
        store.ledger_record(*history->id);  // an unknown id is an error, not an empty history
        const auto changes = store.ledger_history(*history->id);
        if (history->output.format == "json") history->output.emit(ledger_history_json(changes).dump(2) + "\n");
        else history->output.emit(history->output.format == "csv" ? render_csv(ledger_history_table(changes, true))
                                                                  : render_text(ledger_history_table(changes, false)));
    });

    add_progress_command(ledger);

    auto duties = std::make_shared<ReadOptions>();
    auto* duties_cmd = ledger.add_subcommand("duties", "what each responsible unit owes each project (五、职责分工)");
    duties_cmd->add_option("--project", duties->project, "project GeoPackage")->required();
    duties_cmd->add_option("--id", duties->id, "one ledger project (default: all)");
    add_output_options(*duties_cmd, duties->output);
    duties_cmd->callback([duties] {
        ProjectStore store(duties->project);
        if (duties->id) store.ledger_record(*duties->id);  // an unknown id is an error, not an empty list
        const auto lines = store.duties(duties->id);
        if (duties->output.format == "json") duties->output.emit(duties_json(lines).dump(2) + "\n");
        else if (duties->output.format == "csv") duties->output.emit(render_csv(duties_table(lines, true)));
        else duties->output.emit(render_text(duties_table(lines, false)));
    });

    auto* items_cmd = ledger.add_subcommand("items", "the content items a project can list (基础类/完善类/提升类)");
    items_cmd->callback([] { std::cout << render_text(content_items_table()); });
}

}  // namespace

void add_ledger_command(CLI::App& app, Terminal& terminal) {
    auto* ledger = app.add_subcommand("ledger", "project ledger (一个项目一个台账) and duties, kept in the project GeoPackage");
    ledger->require_subcommand(1);
    add_change_commands(*ledger, terminal);
    add_read_commands(*ledger);
}

}  // namespace renozone::cli
