// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"
#include "domain/result.h"

#include <optional>
#include <QHash>
#include <QString>

namespace kombo {

// What --diff-against names (SPEC §9): one saved response every input is compared with, or a
// folder of them (`*.json`, in name order), where each input is compared with the one whose
// `data.id` is its own; the first file of an ID counts.
class Baselines
{
public:
    // Reads them all; on failure `failedFile` names the file that could not be used.
    static Result<Baselines> load(const QString &path, QString &failedFile);

    // The response to compare `input` with; null when a folder holds none of its ID.
    const Integration *baselineFor(const Integration &input) const;

private:
    std::optional<Integration> m_single;
    QHash<QString, Integration> m_byId;
};

} // namespace kombo
