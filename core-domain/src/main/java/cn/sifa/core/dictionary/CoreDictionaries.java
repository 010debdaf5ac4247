package cn.sifa.core.dictionary;

import org.springframework.stereotype.Component;

import cn.sifa.core.attachment.AttachmentType;
import cn.sifa.core.division.DivisionLevel;
import cn.sifa.core.organization.OrganizationType;
import cn.sifa.core.security.Role;

/** The code tables core-domain owns. */
@Component
class CoreDictionaries implements DictionaryContributor {

    @Override
    public void contribute(Registry registry) {
        registry.register("OrganizationType", OrganizationType.class);
        registry.register("Role", Role.class);
        registry.register("DivisionLevel", DivisionLevel.class);
        registry.register("AttachmentType", AttachmentType.class);
    }
}
