// SPDX-License-Identifier: MIT
#pragma once

#include "domain/enums.h"

#include <cstdint>
#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace kombo {

// A string held in Integration::text as UTF-8. Field and model IDs live there rather than in
// one QString each: a large integration has a million of them, and one allocation apiece
// would cost more memory than the response itself.
struct TextRef
{
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
};

// One field of a read model or write action. Write-action fields carry no scope state: the
// schema says they "can't be configured in the scope config or opted out by your customer".
struct Field
{
    TextRef id;
    OpenEnum<CoverageStatus> coverageStatus;
    OpenEnum<ScopeSetting> scopeSetting;
    bool isAvailable = false;
    bool optedOutByCustomer = false;
    bool hasScope = false;
};

enum class ModelKind : std::uint8_t
{
    ReadModel,
    WriteAction
};

// The `kind` cell of every report (SPEC §5, §8): `read_model` or `write_action`.
constexpr QByteArrayView kindWord(ModelKind kind)
{
    return kind == ModelKind::ReadModel ? QByteArrayView("read_model")
                                        : QByteArrayView("write_action");
}

// A read model or a write action; its fields are Integration::fields[firstField, +fieldCount).
struct Model
{
    TextRef id;
    TextRef label;
    OpenEnum<CoverageStatus> coverageStatus;
    OpenEnum<ScopeSetting> scopeSetting;
    bool isAvailable = false;
    bool optedOutByCustomer = false;
    std::uint32_t firstField = 0;
    std::uint32_t fieldCount = 0;
};

struct Tool
{
    QString id;
    QString label;
    std::optional<QString> internalLabel;
    QString logoUrl;
    QString iconUrl;
};

struct EndUser
{
    QString organizationName;
    std::optional<QString> creatorEmail;
    std::optional<QString> originId;
};

struct ScopeConfig
{
    QString id;
    std::optional<QString> name;
};

// One integration as `GET /integrations/{id}` describes it: the `data` object of the success
// envelope. Built once by the parser, then only read.
struct Integration
{
    QString id;
    Tool tool;
    OpenEnum<Category> category;
    OpenEnum<IntegrationStatus> status;
    OpenEnum<SetupStatus> setupStatus;
    EndUser endUser;
    ScopeConfig scopeConfig;
    std::optional<QString> dataExpiredAt; // ISO 8601, as given
    QString createdAt;                    // ISO 8601, as given
    bool beta = false;

    std::vector<Model> readModels;
    std::vector<Model> writeActions;
    std::vector<Field> fields;

    QByteArray text;                         // UTF-8 behind every TextRef
    std::vector<QString> unrecognisedValues; // raw texts behind OpenEnum::unrecognisedIndex()

    const std::vector<Model> &models(ModelKind kind) const
    {
        return kind == ModelKind::ReadModel ? readModels : writeActions;
    }
    const Field *fieldsBegin(const Model &model) const { return fields.data() + model.firstField; }
    const Field *fieldsEnd(const Model &model) const
    {
        return fieldsBegin(model) + model.fieldCount;
    }

    QByteArrayView utf8(TextRef ref) const { return {text.constData() + ref.offset, ref.size}; }
    QString string(TextRef ref) const { return QString::fromUtf8(utf8(ref)); }

    // The wire name of an enum value, known or not.
    template<typename Enum> QString wireName(OpenEnum<Enum> value) const
    {
        if (const auto name = knownWireName(value.value))
            return QString::fromLatin1(name->data(), qsizetype(name->size()));
        return unrecognisedValues.at(value.unrecognisedIndex());
    }
};

} // namespace kombo
