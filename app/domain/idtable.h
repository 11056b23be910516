// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <QByteArrayView>
#include <QHashFunctions>
#include <vector>

namespace kombo {

// Items (models of one kind, fields of one model) by ID, in an open-addressing table of item
// numbers: the IDs stay views of Integration::text, so indexing a million fields allocates
// nothing per field, and one table serves model after model. Hashed with the process's random
// seed, so that a response cannot be crafted to make every ID collide.
class IdTable
{
public:
    static constexpr std::uint32_t kNoItem = UINT32_MAX;

    // Empties the table, with room for `count` items.
    void reset(std::uint32_t count)
    {
        std::size_t capacity = 16;
        while (capacity < std::size_t(count) * 2)
            capacity *= 2;
        m_slots.assign(capacity, kNoItem);
        m_mask = capacity - 1;
    }

    // Adds `item`, unless an earlier item has its ID: then false, and the earlier one counts.
    template<typename IdOf> bool insert(std::uint32_t item, IdOf idOf)
    {
        const QByteArrayView id = idOf(item);
        for (std::size_t slot = qHash(id, m_seed) & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_slots[slot] == kNoItem) {
                m_slots[slot] = item;
                return true;
            }
            if (idOf(m_slots[slot]) == id)
                return false;
        }
    }

    // The item whose ID is `id`, or kNoItem.
    template<typename IdOf> std::uint32_t find(QByteArrayView id, IdOf idOf) const
    {
        for (std::size_t slot = qHash(id, m_seed) & m_mask;; slot = (slot + 1) & m_mask) {
            const std::uint32_t item = m_slots[slot];
            if (item == kNoItem || idOf(item) == id)
                return item;
        }
    }

private:
    std::vector<std::uint32_t> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_seed = QHashSeed::globalSeed();
};

} // namespace kombo
