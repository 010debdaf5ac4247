package cn.sifa.legalaid.aidcase;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.dictionary.Labeled;

/** What the conflict check (利益冲突审查) of a case and a provider found. ID numbers of other records are masked. */
@Schema(name = "LegalAidConflictCheckView", description = "利益冲突审查结果")
public record ConflictCheckView(
        @Schema(description = "案件", example = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID caseId,
        @Schema(description = "拟指派的法律援助人员", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID providerId,
        @Schema(description = "拟指派人员姓名", example = "李律师") String providerName,
        @Schema(description = "所在律师事务所/法律服务所(同所人员一并审查)", example = "湖南某某律师事务所") String firm,
        @Schema(description = "受援人", example = "王某") String clientName,
        @Schema(description = "对方当事人") List<OpponentView> opponents,
        @Schema(description = "审查范围", example = "[\"LEGAL_AID\",\"MEDIATION\"]") List<Source> sourcesChecked,
        @Schema(description = "发现的冲突线索(为空表示未发现)") List<Finding> findings) {

    /** Where a finding was made. */
    public enum Source implements Labeled {
        LEGAL_AID("法律援助案件"),
        MEDIATION("人民调解案件"),
        RECONSIDERATION("行政复议案件");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** What was found. */
    public enum Kind implements Labeled {
        OPPONENT_IS_CLIENT("对方当事人是该人员或同所人员的受援人"),
        CLIENT_IS_OPPONENT("受援人是该人员或同所人员所承办案件的对方当事人"),
        OPPONENT_IN_MEDIATION("对方当事人是该人员或同所人员作为代理人参加的调解案件的当事人"),
        OPPONENT_REPRESENTED_IN_RECONSIDERATION("对方当事人在行政复议案件中由该人员或同所人员代理");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** How the names were matched: an ID number on both sides, or the name only (同名, to be verified). */
    public enum MatchedBy implements Labeled {
        ID_NUMBER("身份证号码相同"),
        NAME("姓名或名称相同(须核实)");

        private final String label;

        MatchedBy(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Schema(name = "LegalAidConflictFinding", description = "冲突线索")
    public record Finding(
            @Schema(description = "来源", example = "LEGAL_AID") Source source,
            @Schema(description = "来源名称", example = "法律援助案件") String sourceLabel,
            @Schema(description = "线索类型", example = "OPPONENT_IS_CLIENT") Kind kind,
            @Schema(description = "线索类型名称", example = "对方当事人是该人员或同所人员的受援人") String kindLabel,
            @Schema(description = "匹配方式", example = "ID_NUMBER") MatchedBy matchedBy,
            @Schema(description = "匹配方式名称", example = "身份证号码相同") String matchedByLabel,
            @Schema(description = "记录", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID recordId,
            @Schema(description = "案号", example = "开福援〔2026〕3号") String reference,
            @Schema(description = "匹配到的当事人", example = "某建筑公司") String partyName,
            @Schema(description = "匹配到的当事人身份证号码(已脱敏)", example = "430105********1234") String partyIdNumber,
            @Schema(description = "该记录中承办或代理的人员", example = "李律师") String actingName,
            @Schema(description = "是否为同所其他人员承办或代理", example = "false") boolean viaFirm) {
    }
}
