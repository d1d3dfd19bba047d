package org.compact.platform.http;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** 200 with the page as body and RFC 8288 {@code Link} headers for next/prev/first/last. */
public final class Pages {
  private Pages() {}

  public static Response ok(Page<?> page, UriInfo uriInfo) {
    return Response.ok(page).links(links(page, uriInfo).toArray(Link[]::new)).build();
  }

  static List<Link> links(Page<?> page, UriInfo uriInfo) {
    List<Link> links = new ArrayList<>();
    long lastPage = page.total() == 0 ? 0 : (page.total() - 1) / page.size();
    links.add(link(uriInfo, 0, page.size(), "first"));
    links.add(link(uriInfo, lastPage, page.size(), "last"));
    if (page.hasNext()) {
      links.add(link(uriInfo, page.page() + 1, page.size(), "next"));
    }
    if (page.page() > 0) {
      links.add(link(uriInfo, Math.min(page.page() - 1, lastPage), page.size(), "prev"));
    }
    return links;
  }

  private static Link link(UriInfo uriInfo, long page, int size, String rel) {
    return Link.fromUriBuilder(
            uriInfo
                .getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size))
        .rel(rel)
        .build();
  }
}
