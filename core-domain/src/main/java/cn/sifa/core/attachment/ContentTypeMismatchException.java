package cn.sifa.core.attachment;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.sifa.core.error.FieldErrorDetail;
import cn.sifa.core.error.SifaException;

/** The bytes are not what the upload declared (a renamed executable, a mislabelled scan). */
class ContentTypeMismatchException extends SifaException {

    ContentTypeMismatchException(AttachmentType declared) {
        super(HttpStatus.BAD_REQUEST, "content-type-mismatch", "文件内容与类型不符",
                "文件内容不是声明的" + declared.label() + "(" + declared.mediaType() + ")");
    }

    @Override
    public List<FieldErrorDetail> fieldErrors() {
        return List.of(new FieldErrorDetail("file", "content-type-mismatch", getMessage()));
    }
}
