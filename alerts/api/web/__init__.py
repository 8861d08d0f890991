"""What the web pages show, read on the server: the bells' follow states and channels, the
topic tree to browse. The pages themselves are routes in `alerts.api.routers`."""
