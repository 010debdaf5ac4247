package cn.sifa.core.attachment;

import org.springframework.http.HttpStatus;

import cn.sifa.core.error.SifaException;

class AttachmentTooLargeException extends SifaException {

    AttachmentTooLargeException(long maxBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "内容过大",
                "附件不能超过 " + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " 字节"));
    }
}
