package org.compact.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Every address a host name resolves to (a literal IP address resolves to itself). */
@ApplicationScoped
public class HostResolver {
  public List<InetAddress> resolve(String host) throws UnknownHostException {
    return List.of(InetAddress.getAllByName(host));
  }
}
