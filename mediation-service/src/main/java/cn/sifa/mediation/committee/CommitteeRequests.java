package cn.sifa.mediation.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.mediation.mediator.Gender;

public final class CommitteeRequests {

    private CommitteeRequests() {
    }

    @Schema(description = "设立调委会")
    public record CreateCommitteeRequest(
            @Schema(description = "行政区划代码,默认为调用方所在区划", example = "430105001") String divisionCode,
            @Schema(description = "名称", example = "东风路街道人民调解委员会") @NotBlank @Size(max = 100) String name,
            @Schema(description = "类型", example = "TOWNSHIP_STREET") @NotNull CommitteeType type,
            @Schema(description = "设立日期", example = "2012-03-01") LocalDate establishedOn,
            @Schema(description = "本届任期起始日期,默认今天", example = "2024-03-01") LocalDate termStartOn,
            @Schema(description = "地址", example = "开福区东风路88号") @Size(max = 200) String address,
            @Schema(description = "电话", example = "0731-84000000") @Size(max = 30) String phone,
            @Schema(description = "委员(三至九人,设主任一人,应有妇女委员)") @NotNull @Size(max = 30) List<@Valid @NotNull MemberRequest> members) {
    }

    @Schema(description = "修改调委会")
    public record UpdateCommitteeRequest(
            @Schema(description = "名称", example = "东风路街道人民调解委员会") @NotBlank @Size(max = 100) String name,
            @Schema(description = "类型", example = "TOWNSHIP_STREET") @NotNull CommitteeType type,
            @Schema(description = "地址", example = "开福区东风路88号") @Size(max = 200) String address,
            @Schema(description = "电话", example = "0731-84000000") @Size(max = 30) String phone,
            @Schema(description = "是否在运行", example = "true") Boolean active,
            @Schema(description = "委员") @NotNull @Size(max = 30) List<@Valid @NotNull MemberRequest> members) {
    }

    @Schema(description = "换届")
    public record RenewCommitteeRequest(
            @Schema(description = "新一届任期起始日期,默认今天", example = "2027-03-01") LocalDate termStartOn,
            @Schema(description = "新一届委员") @NotNull @Size(max = 30) List<@Valid @NotNull MemberRequest> members) {
    }

    @Schema(description = "委员")
    public record MemberRequest(
            @Schema(description = "姓名", example = "刘桂英") @NotBlank @Size(max = 50) String name,
            @Schema(description = "性别", example = "FEMALE") @NotNull Gender gender,
            @Schema(description = "职务", example = "DIRECTOR") @NotNull MemberPosition position,
            @Schema(description = "是否少数民族", example = "false") Boolean ethnicMinority,
            @Schema(description = "对应的调解员 ID") UUID mediatorId) {
    }
}
