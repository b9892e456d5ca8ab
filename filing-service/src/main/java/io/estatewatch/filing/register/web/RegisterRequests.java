package io.estatewatch.filing.register.web;

import io.estatewatch.filing.register.domain.CompanyEntry;
import io.estatewatch.filing.register.domain.EstateEntry;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The request bodies of the register. Every field is checked by the domain, which names all problems at once. */
final class RegisterRequests {

    private RegisterRequests() {
    }

    @Schema(description = "A property-service company (物业服务企业)")
    record CompanyRequest(
            @Schema(example = "杭州绿城物业服务有限公司") String name,
            @Schema(description = "Unified social credit code (统一社会信用代码), 18 characters with the GB 32100 check "
                    + "character", example = "91110000600037341L") String creditCode,
            ContactRequest contact,
            @Schema(description = "Notes on the company's qualification (资质)") String qualificationNotes) {

        CompanyEntry.Draft draft() {
            return new CompanyEntry.Draft(name, creditCode, contact == null ? null : contact.name(),
                    contact == null ? null : contact.phone(), qualificationNotes);
        }
    }

    @Schema(description = "Whom the section calls at the company")
    record ContactRequest(@Schema(example = "王经理") String name, @Schema(example = "0571-87654321") String phone) {
    }

    @Schema(description = "An estate's register entry (物业小区); the company and grade are set by filings only")
    record EstateRequest(
            @Schema(example = "翠苑一区") String name,
            @Schema(description = "Other names people use for it") List<String> aliases,
            @Schema(description = "Street (街道) or town (乡镇)", example = "翠苑街道") String street,
            @Schema(description = "Community (社区)", example = "翠苑一区社区") String community,
            @Schema(example = "文三路 1 号") String address,
            @Schema(example = "1200") Integer households,
            @Schema(description = "Total floor area in m²", example = "98000") Double floorAreaM2,
            @Schema(example = "24") Integer buildings,
            @Schema(example = "1995") Integer builtYear,
            @Schema(description = "Under closed management (封闭管理); default false") Boolean closedManagement) {

        EstateEntry.Draft draft() {
            return new EstateEntry.Draft(name, aliases, street, community, address, buildings, households, floorAreaM2,
                    builtYear, closedManagement);
        }
    }
}
