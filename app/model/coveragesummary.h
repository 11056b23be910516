// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"
#include "model/coveragestyle.h"

#include <array>

namespace kombo {

// How many rows of one kind have each coverage status, and how many are available.
struct StatusCounts
{
    std::array<int, kCoverageStatusCount> byStatus{};
    int available = 0;
    int total = 0;

    template<typename Row> void add(const Row &row)
    {
        ++byStatus[std::size_t(row.coverageStatus.value)];
        available += row.isAvailable ? 1 : 0;
        ++total;
    }

    StatusCounts &operator+=(const StatusCounts &other)
    {
        for (std::size_t i = 0; i < byStatus.size(); ++i)
            byStatus[i] += other.byStatus[i];
        available += other.available;
        total += other.total;
        return *this;
    }
};

// The summary panel's numbers (SPEC §4): counts per status for read models, read fields,
// write actions and write fields.
struct CoverageSummary
{
    StatusCounts readModels;
    StatusCounts readFields;
    StatusCounts writeActions;
    StatusCounts writeFields;

    static CoverageSummary of(const Integration &integration);

    bool hasUnrecognised() const
    {
        constexpr auto unrecognised = std::size_t(CoverageStatus::Unrecognised);
        return readModels.byStatus[unrecognised] + readFields.byStatus[unrecognised] +
                   writeActions.byStatus[unrecognised] + writeFields.byStatus[unrecognised] >
               0;
    }
};

// The statuses of one model's fields, for its coverage bar.
StatusCounts fieldCounts(const Integration &integration, const Model &model);

} // namespace kombo
