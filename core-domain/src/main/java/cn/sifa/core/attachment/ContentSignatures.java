package cn.sifa.core.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Does the content look like what it claims to be? Magic numbers for PDF, JPEG and PNG; for the Office zip
 * formats the central directory is read (no decompression, so a zip bomb costs nothing) and must hold the
 * {@code word/} or {@code xl/} part; for the legacy OLE2 formats the directory names the WordDocument or
 * Workbook stream; text must be UTF-8 or GB18030 without control characters.
 */
final class ContentSignatures {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private ContentSignatures() {
    }

    static boolean matches(AttachmentType type, byte[] content) {
        return switch (type) {
            case PDF -> startsWith(content, PDF);
            case JPEG -> startsWith(content, JPEG);
            case PNG -> startsWith(content, PNG);
            case DOCX -> startsWith(content, ZIP) && zipHasEntryUnder(content, "word/");
            case XLSX -> startsWith(content, ZIP) && zipHasEntryUnder(content, "xl/");
            case DOC -> startsWith(content, OLE2) && contains(content, utf16("WordDocument"));
            case XLS -> startsWith(content, OLE2) && (contains(content, utf16("Workbook")) || contains(content, utf16("Book")));
            case TXT -> isText(content);
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] utf16(String name) {
        return name.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean contains(byte[] content, byte[] needle) {
        outer:
        for (int i = 0; i <= content.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Entry names from the zip's central directory, found through the end-of-central-directory record. */
    static List<String> zipEntryNames(byte[] zip) {
        List<String> names = new ArrayList<>();
        int eocd = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
            if (u32(zip, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return names;
        }
        int count = u16(zip, eocd + 10);
        long offset = u32(zip, eocd + 16);
        int p = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int n = 0; n < count && p >= 0 && p + 46 <= zip.length; n++) {
            if (u32(zip, p) != 0x02014b50L) {
                break;
            }
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            if (p + 46 + nameLength > zip.length) {
                break;
            }
            names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static boolean zipHasEntryUnder(byte[] zip, String folder) {
        return zipEntryNames(zip).stream().anyMatch(n -> n.startsWith(folder));
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return false;
            }
        }
        return decodes(content, StandardCharsets.UTF_8) || decodes(content, Charset.forName("GB18030"));
    }

    private static boolean decodes(byte[] content, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
