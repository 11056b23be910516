// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"
#include "domain/result.h"

#include <optional>
#include <QHash>
#include <QString>
#include <vector>

namespace kombo {

// What --diff-against names (SPEC §9): one saved response every input is compared with, or a
// folder of them (`*.json`, in name order), where each input is compared with the one whose
// `data.id` is its own. In a folder, a file that is no response, or repeats an ID an earlier
// file has, is skipped (skipped() says which and why): one bad baseline does not stop the
// comparison of every other customer.
class Baselines
{
public:
    // Reads them all; on failure `failedFile` names the file that could not be used.
    static Result<Baselines> load(const QString &path, QString &failedFile);

    // The response to compare `input` with; null when a folder holds none of its ID.
    const Integration *baselineFor(const Integration &input) const;

    struct Skipped
    {
        QString file;
        QString why; // in English, for the command line
    };
    const std::vector<Skipped> &skipped() const { return m_skipped; }

private:
    std::vector<Skipped> m_skipped;
    std::optional<Integration> m_single;
    QHash<QString, Integration> m_byId;
};

} // namespace kombo
