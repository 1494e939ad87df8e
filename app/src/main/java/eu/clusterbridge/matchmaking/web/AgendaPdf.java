package eu.clusterbridge.matchmaking.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import eu.clusterbridge.matchmaking.Agenda;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A print-ready PDF of an agenda, rendered from the same agenda fragment as the page (inside a print document
 * with its own page CSS) by openhtmltopdf. The font is the Liberation Sans that PDFBox ships, so names with
 * accents or other European letters print on any machine.
 */
@Component
class AgendaPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;

    AgendaPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] of(Agenda agenda) {
        Context context = new Context();
        context.setVariable("agenda", agenda);
        String html = templates.process("matchmaking/agenda-print", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> AgendaPdf.class.getResourceAsStream(FONT), "Liberation Sans");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the agenda PDF could not be rendered", e);
        }
        return out.toByteArray();
    }
}
