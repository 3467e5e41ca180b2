SELECT
  CAST(date_trunc('quarter', `created_at`) AS DATE) AS `period`,
  count(`lead_id`) FILTER (WHERE (`stage` NOT IN (:p1, :p2) AND (`closed_at` IS NULL OR (NOT (`closed_at` >= :p3)))) AND (`created_at` < :p4)) AS `open`
FROM parquet.`/data/leads.parquet`
WHERE `created_at` IS NOT NULL
GROUP BY CAST(date_trunc('quarter', `created_at`) AS DATE)
ORDER BY 1
-- $1 = WON (String)
-- $2 = LOST (String)
-- $3 = 2025-06-01 (LocalDate)
-- $4 = 2026-01-01 (LocalDate)

