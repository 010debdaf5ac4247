package cn.sifa.mediation.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.mediation.mediator.Gender;

@Schema(description = "人民调解委员会")
public record CommitteeView(
        @Schema(description = "ID") UUID id,
        @Schema(description = "行政区划代码", example = "430105001") String divisionCode,
        @Schema(description = "名称", example = "东风路街道人民调解委员会") String name,
        @Schema(description = "类型", example = "TOWNSHIP_STREET") CommitteeType type,
        @Schema(description = "类型名称", example = "乡镇(街道)人民调解委员会") String typeLabel,
        @Schema(description = "设立日期", example = "2012-03-01") LocalDate establishedOn,
        @Schema(description = "本届任期起始", example = "2024-03-01") LocalDate termStartOn,
        @Schema(description = "本届任期届满", example = "2027-02-28") LocalDate termEndsOn,
        @Schema(description = "地址", example = "开福区东风路88号") String address,
        @Schema(description = "电话", example = "0731-84000000") String phone,
        @Schema(description = "是否在运行", example = "true") boolean active,
        @Schema(description = "委员") List<MemberView> members,
        @Schema(description = "组成不符合《人民调解法》第九条之处;为空表示合规") List<CompositionWarning> warnings,
        @Schema(description = "任期届满与换届提醒期限") List<DeadlineView> deadlines,
        @Schema(description = "版本号(即 ETag)", example = "0") long version) {

    @Schema(description = "委员")
    public record MemberView(@Schema(description = "姓名", example = "刘桂英") String name,
                             @Schema(description = "性别", example = "FEMALE") Gender gender,
                             @Schema(description = "职务", example = "DIRECTOR") MemberPosition position,
                             @Schema(description = "职务名称", example = "主任") String positionLabel,
                             @Schema(description = "少数民族", example = "false") boolean ethnicMinority,
                             @Schema(description = "对应调解员 ID") UUID mediatorId) {
    }
}
