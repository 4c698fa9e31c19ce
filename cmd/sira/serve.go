package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"time"

	"sira/bot"
	"sira/bot/telegram"
	"sira/store"
)

func init() {
	commands["serve"] = command{"run the Telegram bot (TELEGRAM_BOT_TOKEN; --webhook URL --listen ADDR)", runServe}
}

// errNoToken points people without a token to the console.
var errNoToken = errors.New("TELEGRAM_BOT_TOKEN is not set: to try Sira without Telegram, run `go run ./cmd/sira chat`")

func runServe(ctx context.Context, args []string, _ io.Reader, _, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	src := indexFlags(fs)
	webhook := fs.String("webhook", "", "receive updates at this public `URL` instead of long polling")
	listen := fs.String("listen", ":8443", "with --webhook, the `ADDR` to serve on")
	if err := parse(fs, args); err != nil {
		return err
	}
	token := os.Getenv("TELEGRAM_BOT_TOKEN")
	if token == "" {
		return errNoToken
	}
	secret := os.Getenv("SIRA_WEBHOOK_SECRET")
	if *webhook != "" && secret == "" {
		return fmt.Errorf("%w: --webhook needs SIRA_WEBHOOK_SECRET (1-256 of A-Z a-z 0-9 _ -)", errUsage)
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	st, err := store.Open(dataDir(""))
	if err != nil {
		return err
	}
	defer st.Close()
	for _, key := range st.SetAside() {
		log.Warn("a store record could not be decoded: set aside (sira store check)", "record", key)
	}
	ix, err := openIndex(src)
	if err != nil {
		return err
	}
	defer ix.Close()

	conv := &lateBot{}
	svc, err := telegram.New(ctx, telegram.Config{Token: token, Endpoint: os.Getenv("TELEGRAM_API_ENDPOINT"), Log: log}, conv, st)
	if err != nil {
		return err
	}
	defer svc.Close()
	conv.Bot = bot.New(ix, st, bot.Options{Username: svc.Username(), Counsellors: counsellors(ctx, svc, log), Log: log})
	if err := svc.SetCommands(ctx, bot.Commands); err != nil {
		log.Warn("setMyCommands", "err", err)
	}
	go sweep(ctx, st, log)
	log.Info("sira started", "bot", svc.Username(), "fiches", ix.Len(), "webhook", *webhook != "")
	if *webhook == "" {
		return svc.Poll(ctx)
	}
	if err := svc.SetWebhook(ctx, *webhook, secret); err != nil {
		return err
	}
	srv := &http.Server{Addr: *listen, Handler: svc.Webhook(secret), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// counsellors reads SIRA_COUNSELLOR_CHAT, the counsellors' group, and
// checks that the bot can reach it. A missing or bad id turns hand-off off
// at start-up, with a clear message, rather than failing at the first case.
func counsellors(ctx context.Context, svc *telegram.Service, log *slog.Logger) int64 {
	v := os.Getenv("SIRA_COUNSELLOR_CHAT")
	if v == "" {
		log.Warn("SIRA_COUNSELLOR_CHAT is not set: hand-off to counsellors is off")
		return 0
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id >= 0 {
		log.Error("SIRA_COUNSELLOR_CHAT must be a group's id, a negative number like -1001234567890: hand-off is off", "value", v)
		return 0
	}
	if err := svc.CheckChat(ctx, id); err != nil {
		log.Error("the bot cannot reach SIRA_COUNSELLOR_CHAT (is it a member of the group?): hand-off is off", "chat", id, "err", err)
		return 0
	}
	return id
}

// lateBot lets the transport be built before the conversation, which needs
// the bot's username from Telegram for its share links.
type lateBot struct{ *bot.Bot }

// sweep removes what has expired from the store, at start-up and hourly,
// and compacts it (store.Sweep).
func sweep(ctx context.Context, st *store.Bolt, log *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if sw, err := st.Sweep(ctx); err != nil {
			log.Error("sweep", "err", err)
		} else {
			log.Info("store swept", "chats", sw.Chats, "navigations", sw.Navs, "cases", sw.Cases, "stats_days", sw.StatsDays, "aside", sw.Aside)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
