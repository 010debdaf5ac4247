package cn.sifa.core.caseno;

import java.util.UUID;

/**
 * Official case numbers, per organization, series and year, gap-free under concurrent creation (the counter
 * row is locked in the caller's transaction, so a rolled-back create releases its number).
 * Formatted from the organization's pattern, default {@code {abbr}{series}〔{year}〕{seq}号}, e.g. {@code 开福调〔2026〕12号}.
 */
public interface CaseNumbers {

    /** @param series one-character series of the service, e.g. 调 (mediation), 援 (legal aid), 复 (review) */
    String next(UUID organizationId, String series, int year);
}
