package cn.sifa.enforcement.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.web.Answers;

@Schema(description = "执法人员")
public record OfficerView(
        @Schema(description = "ID", example = "6a1f0d7e-2a43-4b3e-8d6c-0f9e8d7c6b5a") UUID id,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "所属执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
        @Schema(description = "姓名", example = "李明") String name,
        @Schema(description = "执法证号", example = "43010520230001") String certificateNo,
        @Schema(description = "执法证有效期至", example = "2028-12-31") LocalDate certificateValidUntil,
        @Schema(description = "执法证状态", example = "VALID") CertificateStatus certificateStatus,
        @Schema(description = "执法证状态名称", example = "有效") String certificateStatusLabel,
        @Schema(description = "资格考试结果", example = "PASSED") ExamResult examResult,
        @Schema(description = "考试日期", example = "2023-05-20") LocalDate examOn,
        @Schema(description = "年度培训学时", example = "60") int trainingHours,
        @Schema(description = "是否具有法律职业资格", example = "false") boolean legalQualification,
        @Schema(description = "是否在岗", example = "true") boolean active,
        @Schema(description = "期限(执法证有效期届满提醒)") List<DeadlineView> deadlines,
        @Schema(description = "版本(ETag)", example = "0") long version) implements Answers.Versioned {
}
