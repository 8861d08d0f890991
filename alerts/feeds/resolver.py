"""The feed fetcher's name resolver: every address a feed host resolves to passes the outbound
guard (`alerts.guard.check_address`) before aiohttp connects to it, so the address checked is
the address connected to, and a second DNS answer cannot point a poll somewhere else.
Imported by `Fetcher` when a poll starts, so that aiohttp loads only where it is used."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Collection

from aiohttp.abc import AbstractResolver, ResolveResult

from alerts.guard import Purpose, check_address


class GuardedResolver(AbstractResolver):
    """An aiohttp resolver that refuses, with `UnsafeTargetError`, any name that resolves to
    an address rule 4 refuses: the address a client connects to is the one checked here.

    Parameters:
      allowed_hosts: names and addresses exempt from rule 4.
      purpose: what the connections are for, named in refusals.
    """

    def __init__(self, *, allowed_hosts: Collection[str], purpose: Purpose) -> None:
        self._allowed_hosts = allowed_hosts
        self._purpose = purpose

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Resolve `host` in a thread (getaddrinfo blocks) and check every answer."""
        loop = asyncio.get_running_loop()
        name = host.rstrip(".").lower()
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM, family=family)
        results: list[ResolveResult] = []
        for info_family, _, proto, _, sockaddr in infos:
            address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
            check_address(name, address, allowed_hosts=self._allowed_hosts, purpose=self._purpose)
            results.append(
                ResolveResult(
                    hostname=host,
                    host=str(sockaddr[0]),
                    port=int(sockaddr[1]),
                    family=info_family,
                    proto=proto,
                    flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
                )
            )
        return results

    async def close(self) -> None:
        """Nothing to release: lookups run on the loop's default executor."""
